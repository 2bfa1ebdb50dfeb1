package vn.htxso.learning.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.platform.VnTime;

/** Check-ins: one per person and session of an event; an offline device's client id collapses its retries. */
@Repository
public class CheckIns {

    private final JdbcClient jdbc;

    CheckIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored check-in: when the server took it, and the device's own time for an offline one. */
    public record CheckIn(UUID id, UUID eventId, UUID registrationId, int sessionNo, String method, UUID clientId,
                          Instant checkedInAt, Instant deviceTime, boolean capacityOverride) {
    }

    public Optional<CheckIn> find(UUID eventId, UUID registrationId, int session) {
        return jdbc.sql("select * from learning_check_ins where event_id = ? and registration_id = ? and session_no = ?")
                .params(eventId, registrationId, session).query(CheckIns::map).optional();
    }

    public Optional<CheckIn> byClientId(UUID clientId) {
        return jdbc.sql("select * from learning_check_ins where client_id = ?").param(clientId)
                .query(CheckIns::map).optional();
    }

    /** People checked in to at least one session. */
    public int attendees(UUID eventId) {
        return jdbc.sql("select count(distinct registration_id) from learning_check_ins where event_id = ?")
                .param(eventId).query(Integer.class).single();
    }

    public boolean hasAny(UUID eventId, UUID registrationId) {
        return jdbc.sql("select count(*) from learning_check_ins where event_id = ? and registration_id = ?")
                .params(eventId, registrationId).query(Integer.class).single() > 0;
    }

    public int sessionsOf(UUID registrationId) {
        return jdbc.sql("select count(*) from learning_check_ins where registration_id = ?").param(registrationId)
                .query(Integer.class).single();
    }

    public void insert(CheckIn c, UUID recordedBy) {
        jdbc.sql("""
                insert into learning_check_ins (id, event_id, registration_id, session_no, method, client_id,
                  checked_in_at, device_time, recorded_by, capacity_override) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.eventId(), c.registrationId(), c.sessionNo(), c.method(), c.clientId(),
                        JdbcRows.at(c.checkedInAt()), JdbcRows.at(c.deviceTime()), recordedBy, c.capacityOverride()).update();
    }

    private static CheckIn map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CheckIn(JdbcRows.uuid(rs, "id"), JdbcRows.uuid(rs, "event_id"), JdbcRows.uuid(rs, "registration_id"),
                rs.getInt("session_no"), rs.getString("method"), JdbcRows.uuid(rs, "client_id"),
                JdbcRows.instant(rs, "checked_in_at"), JdbcRows.instant(rs, "device_time"), rs.getBoolean("capacity_override"));
    }

    /** People of each organisation checked in to an event that started between two dates (inclusive, Vietnam time). */
    public java.util.Map<UUID, Integer> trainedPerOrganisation(java.util.Collection<UUID> organisations,
                                                               java.time.LocalDate from, java.time.LocalDate to) {
        java.util.Map<UUID, Integer> result = new java.util.HashMap<>();
        String marks = String.join(",", java.util.Collections.nCopies(organisations.size(), "?"));
        java.util.List<Object> params = new java.util.ArrayList<>(organisations);
        params.add(VnTime.startOf(from));
        params.add(VnTime.startOf(to.plusDays(1)));
        jdbc.sql("select r.organisation_id, count(distinct r.id) as n from learning_check_ins c"
                        + " join learning_registrations r on r.id = c.registration_id"
                        + " join learning_events e on e.id = c.event_id"
                        + " where r.organisation_id in (" + marks + ") and e.starts_at >= ? and e.starts_at < ?"
                        + " group by r.organisation_id")
                .params(params).query(rs -> {
                    result.put(JdbcRows.uuid(rs, "organisation_id"), rs.getInt("n"));
                });
        return result;
    }
}
