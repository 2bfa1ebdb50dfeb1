package vn.htxso.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.learning.internal.CompletionRule;
import vn.htxso.learning.internal.Courses;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;

/**
 * The course catalogue (public) and a learner's way through a course: lessons marked done, quizzes scored against
 * their pass mark, the course completed by its cmi5-style rules, then a certificate. Every step is an xAPI statement.
 */
@Service
public class CourseCatalogue {

    private final Courses courses;
    private final Certification certification;
    private final LearningRecords records;
    private final Clock clock;

    CourseCatalogue(Courses courses, Certification certification, LearningRecords records, Clock clock) {
        this.courses = courses;
        this.certification = certification;
        this.records = records;
        this.clock = clock;
    }

    public record Page(List<CourseSummary> items, long total) {
    }

    @Transactional(readOnly = true)
    public Page page(String dimension, String province, int page, int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        return new Page(courses.published(dimension, province, Math.max(page, 0) * limit, limit),
                courses.countPublished(dimension, province));
    }

    @Transactional(readOnly = true)
    public List<CourseSummary> all() {
        return courses.allPublished();
    }

    @Transactional(readOnly = true)
    public CourseSummary course(CourseId id) {
        return courses.find(id.value()).orElseThrow(() -> new NotFound("course"));
    }

    @Transactional(readOnly = true)
    public List<Lesson> lessons(CourseId id) {
        return courses.lessons(id.value());
    }

    /** Quiz questions without their answers. */
    @Transactional(readOnly = true)
    public List<QuizQuestion> quiz(CourseId course, UUID lessonId) {
        Lesson lesson = lesson(course, lessonId);
        return courses.questions(lesson.id()).stream()
                .map(q -> new QuizQuestion(q.id(), q.position(), q.text(), q.options())).toList();
    }

    public record QuizQuestion(UUID id, int position, String text, List<String> options) {
    }

    /** A learner's state in a course. */
    public record Progress(Map<UUID, Boolean> satisfied, Map<UUID, Integer> scores, boolean courseSatisfied,
                           String certificateCode) {
    }

    @Transactional(readOnly = true)
    public Progress progress(CurrentUser user, CourseId id) {
        if (user == null) {
            return new Progress(Map.of(), Map.of(), false, null);
        }
        CourseSummary course = course(id);
        List<Lesson> lessons = courses.lessons(id.value());
        Map<UUID, Courses.Progress> progress = courses.progress(user.id(), id.value());
        Map<UUID, Boolean> satisfied = new java.util.HashMap<>();
        Map<UUID, Integer> scores = new java.util.HashMap<>();
        List<CompletionRule.LessonState> states = new ArrayList<>();
        for (Lesson lesson : lessons) {
            Courses.Progress p = progress.get(lesson.id());
            CompletionRule.LessonState state = new CompletionRule.LessonState(lesson.moveOn(),
                    p != null && p.completed(), p != null && p.passed());
            states.add(state);
            satisfied.put(lesson.id(), CompletionRule.satisfied(state));
            if (p != null && p.score() != null) {
                scores.put(lesson.id(), p.score());
            }
        }
        return new Progress(satisfied, scores, CompletionRule.courseSatisfied(states),
                certification.mine(user).stream().filter(c -> course.id().equals(c.courseId())).findFirst()
                        .map(Certificate::code).orElse(null));
    }

    /** The learner went through a lesson (text, file); quizzes are done by answering them. */
    @Transactional
    public Progress complete(CurrentUser user, CourseId courseId, UUID lessonId) {
        requireUser(user);
        Lesson lesson = lesson(courseId, lessonId);
        if (lesson.kind() == LessonKind.QUIZ) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "learning.lesson.quizNeedsAnswers");
        }
        courses.markCompleted(user.id(), lesson.id(), clock.instant());
        return afterStep(user, courseId);
    }

    /** Scores a quiz: one answer (option index) per question, in order. */
    @Transactional
    public QuizResult answer(CurrentUser user, CourseId courseId, UUID lessonId, List<Integer> answers) {
        requireUser(user);
        Lesson lesson = lesson(courseId, lessonId);
        List<Courses.Question> questions = courses.questions(lesson.id());
        if (lesson.kind() != LessonKind.QUIZ || questions.isEmpty()) {
            throw new NotFound("quiz");
        }
        if (answers == null || answers.size() != questions.size()) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new FieldProblem("answers", "learning.quiz.answerAll", questions.size())),
                    "learning.quiz.answerAll", questions.size());
        }
        int correct = 0;
        for (int i = 0; i < questions.size(); i++) {
            Integer a = answers.get(i);
            if (a == null || a < 0 || a >= questions.get(i).options().size()) {
                throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                        List.of(new FieldProblem("answers", "learning.quiz.answerAll", questions.size())),
                        "learning.quiz.answerAll", questions.size());
            }
            if (a == questions.get(i).correctOption()) {
                correct++;
            }
        }
        CourseSummary course = course(courseId);
        int score = CompletionRule.score(correct, questions.size());
        int passMark = lesson.passMark() != null ? lesson.passMark() : course.passMark();
        boolean passed = CompletionRule.passes(score, passMark);
        Instant now = clock.instant();
        courses.recordScore(user.id(), lesson.id(), score, passed, now);
        records.aboutCourse(user.id().toString(), user.displayName(), passed ? Verb.PASSED : Verb.FAILED, course,
                passed, score, now);
        Progress progress = afterStep(user, courseId);
        return new QuizResult(score, passMark, passed, progress);
    }

    public record QuizResult(int score, int passMark, boolean passed, Progress progress) {
    }

    private Progress afterStep(CurrentUser user, CourseId courseId) {
        Progress progress = progress(user, courseId);
        if (progress.courseSatisfied() && progress.certificateCode() == null) {
            CourseSummary course = course(courseId);
            records.aboutCourse(user.id().toString(), user.displayName(), Verb.COMPLETED, course, true, null,
                    clock.instant());
            certification.issueForCourse(user, course);
            return progress(user, courseId);
        }
        return progress;
    }

    private Lesson lesson(CourseId courseId, UUID lessonId) {
        return courses.lessons(courseId.value()).stream().filter(l -> l.id().equals(lessonId)).findFirst()
                .orElseThrow(() -> new NotFound("lesson"));
    }

    private static void requireUser(CurrentUser user) {
        if (user == null) {
            throw new Forbidden();
        }
    }
}
