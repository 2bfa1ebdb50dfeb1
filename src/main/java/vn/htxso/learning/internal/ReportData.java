package vn.htxso.learning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;

/** What the training reports count: events that have started, their attendees and certificates. */
@Repository
public class ReportData {

    private final JdbcClient jdbc;

    ReportData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event that has started, with the people registered (not cancelled, walk-ins included). */
    public record HeldEvent(UUID id, String programme, String provinceCode, Instant startsAt, Instant endsAt,
                            int certificateSessions, int registered) {
    }

    /** A person checked in to at least one session of an event. */
    public record Attendee(UUID eventId, UUID registrationId, UUID organisationId, boolean woman,
                           boolean ethnicMinority, int sessions) {
    }

    /** Events started before {@code now}, of a province or all ({@code province} null), oldest first. */
    public List<HeldEvent> events(String province, Instant now) {
        List<Object> params = new ArrayList<>();
        params.add(JdbcRows.at(now));
        String where = " where e.starts_at <= ?";
        if (province != null) {
            where += " and e.province_code = ?";
            params.add(province);
        }
        return jdbc.sql("select e.id, e.programme, e.province_code, e.starts_at, e.ends_at, e.certificate_sessions,"
                        + " (select count(*) from learning_registrations r where r.event_id = e.id"
                        + " and r.status <> 'CANCELLED') as registered from learning_events e" + where
                        + " order by e.starts_at, e.id")
                .params(params)
                .query((rs, n) -> new HeldEvent(JdbcRows.uuid(rs, "id"), rs.getString("programme"),
                        rs.getString("province_code"), JdbcRows.instant(rs, "starts_at"),
                        JdbcRows.instant(rs, "ends_at"), rs.getInt("certificate_sessions"), rs.getInt("registered")))
                .list();
    }

    /** The attendees of the same events. */
    public List<Attendee> attendees(String province, Instant now) {
        List<Object> params = new ArrayList<>();
        params.add(JdbcRows.at(now));
        String where = " where e.starts_at <= ?";
        if (province != null) {
            where += " and e.province_code = ?";
            params.add(province);
        }
        return jdbc.sql("select r.event_id, r.id, r.organisation_id, r.woman, r.ethnic_minority,"
                        + " count(*) as sessions from learning_check_ins c"
                        + " join learning_registrations r on r.id = c.registration_id"
                        + " join learning_events e on e.id = r.event_id" + where
                        + " group by r.event_id, r.id, r.organisation_id, r.woman, r.ethnic_minority")
                .params(params)
                .query((rs, n) -> new Attendee(JdbcRows.uuid(rs, "event_id"), JdbcRows.uuid(rs, "id"),
                        JdbcRows.uuid(rs, "organisation_id"), Boolean.TRUE.equals(JdbcRows.bool(rs, "woman")),
                        Boolean.TRUE.equals(JdbcRows.bool(rs, "ethnic_minority")), rs.getInt("sessions")))
                .list();
    }

    /** Certificates issued for attending each of the same events. */
    public Map<UUID, Integer> certificates(String province, Instant now) {
        List<Object> params = new ArrayList<>();
        params.add(JdbcRows.at(now));
        String where = " where e.starts_at <= ?";
        if (province != null) {
            where += " and e.province_code = ?";
            params.add(province);
        }
        Map<UUID, Integer> result = new HashMap<>();
        jdbc.sql("select c.event_id, count(*) as n from learning_certificates c"
                        + " join learning_events e on e.id = c.event_id" + where + " group by c.event_id")
                .params(params)
                .query(rs -> {
                    result.put(JdbcRows.uuid(rs, "event_id"), rs.getInt("n"));
                });
        return result;
    }
}
