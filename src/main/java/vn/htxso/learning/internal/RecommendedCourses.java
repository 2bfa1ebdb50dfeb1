package vn.htxso.learning.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.learning.CourseId;
import vn.htxso.learning.RecommendedCourse;

/** The recommendations made when an assessment was completed (one set per assessment). */
@Repository
public class RecommendedCourses {

    private final JdbcClient jdbc;

    RecommendedCourses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exist(UUID assessmentId) {
        return jdbc.sql("select count(*) from learning_recommendations where assessment_id = ?").param(assessmentId)
                .query(Integer.class).single() > 0;
    }

    /** Stores the set; a second delivery of the same assessment adds nothing (primary key, insert-if-missing). */
    public void save(UUID assessmentId, UUID organisationId, List<RecommendedCourse> courses, Instant now) {
        int position = 0;
        for (RecommendedCourse c : courses) {
            jdbc.sql("""
                    insert into learning_recommendations (assessment_id, organisation_id, dimension_code, level,
                      course_id, position, created_at)
                    select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from learning_recommendations
                      where assessment_id = ? and dimension_code = ? and course_id = ?)""")
                    .params(assessmentId, organisationId, c.dimension(), c.level(), c.courseId().value(), position++,
                            JdbcRows.at(now), assessmentId, c.dimension(), c.courseId().value()).update();
        }
    }

    public List<RecommendedCourse> of(UUID assessmentId, String provinceCode) {
        return jdbc.sql("""
                select r.*, c.title, c.province_code from learning_recommendations r
                join learning_courses c on c.id = r.course_id where r.assessment_id = ? order by r.position""")
                .param(assessmentId).query((rs, n) -> new RecommendedCourse(new CourseId(JdbcRows.uuid(rs, "course_id")),
                        rs.getString("title"), rs.getString("dimension_code"), rs.getInt("level"),
                        rs.getString("province_code") != null)).list();
    }
}
