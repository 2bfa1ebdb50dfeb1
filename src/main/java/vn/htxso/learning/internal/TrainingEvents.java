package vn.htxso.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.learning.CourseId;
import vn.htxso.learning.EventId;
import vn.htxso.learning.EventKind;
import vn.htxso.learning.TrainingEvent;

/** Events with their counts of registered, waiting and attending people. */
@Repository
public class TrainingEvents {

    private static final String SELECT = """
            select e.*,
              (select count(*) from learning_registrations r where r.event_id = e.id and r.status = 'REGISTERED') as registered,
              (select count(*) from learning_registrations r where r.event_id = e.id and r.status = 'WAITING') as waiting,
              (select count(distinct c.registration_id) from learning_check_ins c where c.event_id = e.id) as attended
            from learning_events e""";

    private final JdbcClient jdbc;

    TrainingEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TrainingEvent> find(UUID id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(TrainingEvents::map).optional();
    }

    /**
     * Events not yet ended at {@code from} (all when {@code from} is null), of a province or all, upcoming first
     * (by start), then past ones (latest first).
     */
    public List<TrainingEvent> list(String province, Instant from, Instant now, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(province, from, params);
        params.add(JdbcRows.at(now));
        params.add(JdbcRows.at(now));
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + " " + """
                 order by case when e.ends_at >= ? then 0 else 1 end,
                   case when e.ends_at >= ? then e.starts_at end, e.starts_at desc limit ? offset ?""")
                .params(params).query(TrainingEvents::map).list();
    }

    public long count(String province, Instant from) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from learning_events e" + where(province, from, params)).params(params)
                .query(Long.class).single();
    }

    private static String where(String province, Instant from, List<Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (province != null) {
            where.append(" and e.province_code = ?");
            params.add(province);
        }
        if (from != null) {
            where.append(" and e.ends_at >= ?");
            params.add(JdbcRows.at(from));
        }
        return where.toString();
    }

    public List<TrainingEvent> upcoming(Instant now, int limit) {
        return jdbc.sql(SELECT + " where e.ends_at > ? order by e.starts_at limit ?").params(JdbcRows.at(now), limit)
                .query(TrainingEvents::map).list();
    }

    public List<TrainingEvent> organisedBy(UUID organiserId) {
        return jdbc.sql(SELECT + " where e.organiser_id = ? order by e.starts_at desc").param(organiserId)
                .query(TrainingEvents::map).list();
    }

    /** Locks the event's row until the transaction ends: check-ins and registrations of one event queue here. */
    public boolean lock(UUID id) {
        return !jdbc.sql("select id from learning_events where id = ? for update").param(id).query(UUID.class)
                .list().isEmpty();
    }

    public void insert(TrainingEvent e, Instant now) {
        jdbc.sql("""
                insert into learning_events (id, title, kind, programme, course_id, province_code, commune_name, venue,
                  organiser_id, organiser_name, starts_at, ends_at, capacity, sessions, certificate_sessions,
                  current_session, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)""")
                .params(e.id().value(), e.title(), e.kind().name(), e.programme(),
                        e.courseId() == null ? null : e.courseId().value(), e.provinceCode(), e.communeName(),
                        e.venue(), e.organiserId(), e.organiserName(), JdbcRows.at(e.startsAt()), JdbcRows.at(e.endsAt()),
                        e.capacity(), e.sessions(), e.certificateSessions(), JdbcRows.at(now)).update();
    }

    public void setCurrentSession(UUID id, int session) {
        jdbc.sql("update learning_events set current_session = ? where id = ?").params(session, id).update();
    }

    static TrainingEvent map(ResultSet rs, int n) throws SQLException {
        UUID course = JdbcRows.uuid(rs, "course_id");
        return new TrainingEvent(new EventId(JdbcRows.uuid(rs, "id")), rs.getString("title"),
                EventKind.valueOf(rs.getString("kind")), rs.getString("programme"), rs.getString("province_code"),
                rs.getString("commune_name"), rs.getString("venue"), JdbcRows.uuid(rs, "organiser_id"),
                rs.getString("organiser_name"), JdbcRows.instant(rs, "starts_at"), JdbcRows.instant(rs, "ends_at"),
                rs.getInt("capacity"), rs.getInt("sessions"), rs.getInt("certificate_sessions"),
                rs.getInt("current_session"), course == null ? null : new CourseId(course), rs.getInt("registered"),
                rs.getInt("waiting"), rs.getInt("attended"));
    }
}
