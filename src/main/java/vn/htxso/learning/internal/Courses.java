package vn.htxso.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.learning.CourseFormat;
import vn.htxso.learning.CourseId;
import vn.htxso.learning.CourseSummary;
import vn.htxso.learning.Lesson;
import vn.htxso.learning.LessonKind;
import vn.htxso.learning.MoveOn;

/** Courses, their HTX-DMI tags, lessons, quiz questions and each learner's progress. */
@Repository
public class Courses {

    private final JdbcClient jdbc;

    Courses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Published courses, optionally of one dimension and of one province (with the national ones), by title. */
    public List<CourseSummary> published(String dimension, String province, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(dimension, province, params);
        params.add(limit);
        params.add(offset);
        List<CourseSummary> rows = jdbc.sql("select c.* from learning_courses c " + where
                        + " order by c.starts_on nulls last, c.title limit ? offset ?")
                .params(params).query(this::summaryWithoutTags).list();
        return withTags(rows);
    }

    public long countPublished(String dimension, String province) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from learning_courses c " + where(dimension, province, params))
                .params(params).query(Long.class).single();
    }

    public List<CourseSummary> allPublished() {
        return withTags(jdbc.sql("select c.* from learning_courses c where c.published order by c.title")
                .query(this::summaryWithoutTags).list());
    }

    private static String where(String dimension, String province, List<Object> params) {
        StringBuilder where = new StringBuilder(" where c.published");
        if (dimension != null) {
            where.append(" and exists (select 1 from learning_course_dimensions d where d.course_id = c.id"
                    + " and d.dimension_code = ?)");
            params.add(dimension);
        }
        if (province != null) {
            where.append(" and (c.province_code = ? or c.province_code is null)");
            params.add(province);
        }
        return where.toString();
    }

    public Optional<CourseSummary> find(UUID id) {
        return jdbc.sql("select * from learning_courses where id = ?").param(id).query(this::summaryWithoutTags)
                .optional().map(c -> withTags(List.of(c)).get(0));
    }

    private List<CourseSummary> withTags(List<CourseSummary> courses) {
        if (courses.isEmpty()) {
            return courses;
        }
        Map<UUID, List<String>> tags = new HashMap<>();
        jdbc.sql("select course_id, dimension_code from learning_course_dimensions order by dimension_code")
                .query(rs -> {
                    tags.computeIfAbsent(JdbcRows.uuid(rs, "course_id"), k -> new ArrayList<>())
                            .add(rs.getString("dimension_code"));
                });
        return courses.stream().map(c -> new CourseSummary(c.id(), c.title(), c.summary(), c.format(),
                c.provinceCode(), c.startsOn(), tags.getOrDefault(c.id().value(), List.of()), c.externalUrl(),
                c.ethnicLanguages(), c.audioAvailable(), c.passMark())).toList();
    }

    private CourseSummary summaryWithoutTags(ResultSet rs, int n) throws SQLException {
        return new CourseSummary(new CourseId(JdbcRows.uuid(rs, "id")), rs.getString("title"), rs.getString("summary"),
                CourseFormat.valueOf(rs.getString("format")), rs.getString("province_code"),
                JdbcRows.date(rs, "starts_on"), List.of(), rs.getString("external_url"),
                JdbcRows.list(rs.getString("ethnic_languages")), rs.getBoolean("audio_available"), rs.getInt("pass_mark"));
    }

    public List<Lesson> lessons(UUID courseId) {
        Map<UUID, Integer> questions = new HashMap<>();
        jdbc.sql("""
                select q.lesson_id, count(*) as n from learning_quiz_questions q
                join learning_lessons l on l.id = q.lesson_id where l.course_id = ? group by q.lesson_id""")
                .param(courseId).query(rs -> {
                    questions.put(JdbcRows.uuid(rs, "lesson_id"), rs.getInt("n"));
                });
        return jdbc.sql("select * from learning_lessons where course_id = ? order by module_position, position")
                .param(courseId).query((rs, n) -> new Lesson(JdbcRows.uuid(rs, "id"), new CourseId(courseId),
                        rs.getInt("module_position"), rs.getString("module_title"), rs.getInt("position"),
                        rs.getString("title"), LessonKind.valueOf(rs.getString("kind")), rs.getString("body"),
                        rs.getString("file_name"), rs.getString("content_type"),
                        rs.getObject("file_size_bytes") == null ? null : rs.getLong("file_size_bytes"),
                        rs.getString("ethnic_language"), rs.getString("audio_version"),
                        MoveOn.valueOf(rs.getString("move_on")), JdbcRows.integer(rs, "pass_mark"),
                        questions.getOrDefault(JdbcRows.uuid(rs, "id"), 0)))
                .list();
    }

    public List<Question> questions(UUID lessonId) {
        return jdbc.sql("select * from learning_quiz_questions where lesson_id = ? order by position")
                .param(lessonId).query((rs, n) -> new Question(JdbcRows.uuid(rs, "id"), rs.getInt("position"),
                        rs.getString("text"), List.of(rs.getString("options").split("\\|")),
                        rs.getInt("correct_option"))).list();
    }

    /** A quiz question; {@code correctOption} is the 0-based index of the right answer. */
    public record Question(UUID id, int position, String text, List<String> options, int correctOption) {
    }

    /** One learner's state per lesson of a course. */
    public Map<UUID, Progress> progress(UUID userId, UUID courseId) {
        Map<UUID, Progress> result = new HashMap<>();
        jdbc.sql("""
                select p.* from learning_progress p join learning_lessons l on l.id = p.lesson_id
                where p.user_id = ? and l.course_id = ?""").params(userId, courseId).query(rs -> {
                    result.put(JdbcRows.uuid(rs, "lesson_id"), new Progress(rs.getBoolean("completed"),
                            JdbcRows.integer(rs, "score"), Boolean.TRUE.equals(JdbcRows.bool(rs, "passed"))));
                });
        return result;
    }

    public record Progress(boolean completed, Integer score, boolean passed) {
    }

    public void markCompleted(UUID userId, UUID lessonId, Instant now) {
        if (jdbc.sql("update learning_progress set completed = true, updated_at = ? where user_id = ? and lesson_id = ?")
                .params(JdbcRows.at(now), userId, lessonId).update() == 0) {
            jdbc.sql("insert into learning_progress (user_id, lesson_id, completed, updated_at) values (?, ?, true, ?)")
                    .params(userId, lessonId, JdbcRows.at(now)).update();
        }
    }

    /** Keeps the best score of a quiz (a later, lower attempt does not undo a pass). */
    public void recordScore(UUID userId, UUID lessonId, int score, boolean passed, Instant now) {
        if (jdbc.sql("""
                update learning_progress set score = greatest(coalesce(score, 0), ?),
                  passed = (coalesce(passed, false) or ?), completed = true, updated_at = ?
                where user_id = ? and lesson_id = ?""")
                .params(score, passed, JdbcRows.at(now), userId, lessonId).update() == 0) {
            jdbc.sql("""
                    insert into learning_progress (user_id, lesson_id, completed, score, passed, updated_at)
                    values (?, ?, true, ?, ?, ?)""").params(userId, lessonId, score, passed, JdbcRows.at(now)).update();
        }
    }

    // writing the catalogue (demo generator, tests)

    public void insert(CourseSummary course, Instant now) {
        jdbc.sql("""
                insert into learning_courses (id, title, summary, format, province_code, starts_on, external_url,
                  ethnic_languages, audio_available, pass_mark, published, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)""")
                .params(course.id().value(), course.title(), course.summary(), course.format().name(),
                        course.provinceCode(), course.startsOn(), course.externalUrl(),
                        String.join(",", course.ethnicLanguages()), course.audioAvailable(), course.passMark(),
                        JdbcRows.at(now)).update();
        for (String dimension : course.dimensions()) {
            jdbc.sql("insert into learning_course_dimensions (course_id, dimension_code) values (?, ?)")
                    .params(course.id().value(), dimension).update();
        }
    }

    public void insertLesson(Lesson lesson) {
        jdbc.sql("""
                insert into learning_lessons (id, course_id, module_position, module_title, position, title, kind,
                  body, file_name, content_type, file_size_bytes, ethnic_language, audio_version, move_on, pass_mark)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lesson.id(), lesson.courseId().value(), lesson.modulePosition(), lesson.moduleTitle(),
                        lesson.position(), lesson.title(), lesson.kind().name(), lesson.body(), lesson.fileName(),
                        lesson.contentType(), lesson.fileSizeBytes(), lesson.ethnicLanguage(), lesson.audioVersion(),
                        lesson.moveOn().name(), lesson.passMark()).update();
    }

    public void insertQuestion(UUID lessonId, int position, String text, List<String> options, int correct) {
        jdbc.sql("""
                insert into learning_quiz_questions (id, lesson_id, position, text, options, correct_option)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), lessonId, position, text, String.join("|", options), correct).update();
    }
}
