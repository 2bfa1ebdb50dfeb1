package vn.htxso.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.learning.EventId;
import vn.htxso.learning.Registration;

/** Registrations and the waiting list of events. */
@Repository
public class Registrations {

    private static final String SELECT = """
            select r.*, (select count(*) from learning_check_ins c where c.registration_id = r.id) as sessions_attended
            from learning_registrations r""";

    private final JdbcClient jdbc;

    Registrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Registration> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(Registrations::map).optional();
    }

    public Optional<Registration> ofUser(UUID eventId, UUID userId) {
        return jdbc.sql(SELECT + " where r.event_id = ? and r.user_id = ?").params(eventId, userId)
                .query(Registrations::map).optional();
    }

    public Optional<Registration> byPersonalCode(UUID eventId, String code) {
        return jdbc.sql(SELECT + " where r.event_id = ? and r.personal_code = ?").params(eventId, code)
                .query(Registrations::map).optional();
    }

    /** Everyone registered or waiting, by name (the organiser's list). */
    public List<Registration> ofEvent(UUID eventId) {
        return jdbc.sql(SELECT + " where r.event_id = ? and r.status <> 'CANCELLED' order by r.full_name, r.created_at")
                .param(eventId).query(Registrations::map).list();
    }

    public List<Registration> ofUser(UUID userId) {
        return jdbc.sql(SELECT + " where r.user_id = ? and r.status <> 'CANCELLED' order by r.created_at desc")
                .param(userId).query(Registrations::map).list();
    }

    public int countRegistered(UUID eventId) {
        return jdbc.sql("select count(*) from learning_registrations where event_id = ? and status = 'REGISTERED'")
                .param(eventId).query(Integer.class).single();
    }

    public Optional<Registration> firstWaiting(UUID eventId) {
        return jdbc.sql(SELECT + " where r.event_id = ? and r.status = 'WAITING' order by r.created_at, r.id limit 1")
                .param(eventId).query(Registrations::map).optional();
    }

    public void insert(Registration r, UUID registeredBy) {
        jdbc.sql("""
                insert into learning_registrations (id, event_id, user_id, full_name, organisation_id, woman,
                  ethnic_minority, personal_code, status, registered_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.eventId().value(), r.userId(), r.fullName(), r.organisationId(), r.woman(),
                        r.ethnicMinority(), r.personalCode(), r.status().name(), registeredBy,
                        JdbcRows.at(r.createdAt())).update();
    }

    public void setStatus(UUID id, Registration.Status status) {
        jdbc.sql("update learning_registrations set status = ? where id = ?").params(status.name(), id).update();
    }

    static Registration map(ResultSet rs, int n) throws SQLException {
        return new Registration(JdbcRows.uuid(rs, "id"), new EventId(JdbcRows.uuid(rs, "event_id")), JdbcRows.uuid(rs, "user_id"),
                rs.getString("full_name"), JdbcRows.uuid(rs, "organisation_id"), JdbcRows.bool(rs, "woman"),
                JdbcRows.bool(rs, "ethnic_minority"), rs.getString("personal_code"),
                Registration.Status.valueOf(rs.getString("status")), JdbcRows.instant(rs, "created_at"),
                rs.getInt("sessions_attended"));
    }
}
