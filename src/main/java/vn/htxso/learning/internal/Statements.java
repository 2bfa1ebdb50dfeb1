package vn.htxso.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.learning.CourseId;
import vn.htxso.learning.EventId;
import vn.htxso.learning.LearningStatement;
import vn.htxso.learning.Verb;

/** The internal learning record store: xAPI statements, inserted and read, never updated or deleted. */
@Repository
public class Statements {

    private final JdbcClient jdbc;

    Statements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LearningStatement s) {
        jdbc.sql("""
                insert into learning_statements (id, actor_key, actor_name, verb, object_type, object_id, object_name,
                  success, score_scaled, event_id, course_id, occurred_at, stored_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.actorKey(), s.actorName(), s.verb().name(), s.objectType(), s.objectId(),
                        s.objectName(), s.success(), s.scoreScaled(),
                        s.eventId() == null ? null : s.eventId().value(),
                        s.courseId() == null ? null : s.courseId().value(), JdbcRows.at(s.timestamp()),
                        JdbcRows.at(s.stored())).update();
    }

    public Optional<LearningStatement> find(UUID id) {
        return jdbc.sql("select * from learning_statements where id = ?").param(id).query(Statements::map).optional();
    }

    public List<LearningStatement> ofEvent(UUID eventId) {
        return jdbc.sql("select * from learning_statements where event_id = ? order by stored_at, id").param(eventId)
                .query(Statements::map).list();
    }

    public List<LearningStatement> all(int limit) {
        return jdbc.sql("select * from learning_statements order by stored_at, id limit ?").param(limit)
                .query(Statements::map).list();
    }

    public List<LearningStatement> ofActor(String actorKey) {
        return jdbc.sql("select * from learning_statements where actor_key = ? order by stored_at, id").param(actorKey)
                .query(Statements::map).list();
    }

    public boolean voided(UUID id) {
        return jdbc.sql("select count(*) from learning_statements where verb = 'VOIDED' and object_id = ?")
                .param(id.toString()).query(Integer.class).single() > 0;
    }

    static LearningStatement map(ResultSet rs, int n) throws SQLException {
        UUID event = JdbcRows.uuid(rs, "event_id");
        UUID course = JdbcRows.uuid(rs, "course_id");
        return new LearningStatement(JdbcRows.uuid(rs, "id"), rs.getString("actor_key"), rs.getString("actor_name"),
                Verb.valueOf(rs.getString("verb")), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("object_name"), JdbcRows.bool(rs, "success"), rs.getBigDecimal("score_scaled"),
                event == null ? null : new EventId(event), course == null ? null : new CourseId(course),
                JdbcRows.instant(rs, "occurred_at"), JdbcRows.instant(rs, "stored_at"));
    }
}
