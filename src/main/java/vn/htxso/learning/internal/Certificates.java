package vn.htxso.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.learning.Certificate;
import vn.htxso.learning.CourseId;
import vn.htxso.learning.EventId;

/** Issued certificates; the code is unique (a unique index), as is one certificate per attendance or course. */
@Repository
public class Certificates {

    private final JdbcClient jdbc;

    Certificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Certificate> byCode(String code) {
        return jdbc.sql("select * from learning_certificates where code = ?").param(code).query(Certificates::map)
                .optional();
    }

    public Optional<Certificate> ofAttendance(UUID registrationId, UUID eventId) {
        return jdbc.sql("select * from learning_certificates where registration_id = ? and event_id = ?")
                .params(registrationId, eventId).query(Certificates::map).optional();
    }

    public Optional<Certificate> ofCourse(UUID userId, UUID courseId) {
        return jdbc.sql("select * from learning_certificates where user_id = ? and course_id = ?")
                .params(userId, courseId).query(Certificates::map).optional();
    }

    public List<Certificate> ofUser(UUID userId) {
        return jdbc.sql("select * from learning_certificates where user_id = ? order by issued_on desc, code")
                .param(userId).query(Certificates::map).list();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from learning_certificates where code = ?").param(code)
                .query(Integer.class).single() > 0;
    }

    /** Inserts unless the code is taken (false then); attendance and course uniqueness are the caller's lock. */
    public boolean insert(Certificate c, UUID registrationId, Instant now) {
        return jdbc.sql("""
                insert into learning_certificates (id, code, user_id, registration_id, holder_name, course_id, event_id,
                  title, issuer, issued_on, status, created_at)
                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VALID', ?
                where not exists (select 1 from learning_certificates where code = ?)""")
                .params(c.id(), c.code(), c.userId(), registrationId, c.holderName(),
                        c.courseId() == null ? null : c.courseId().value(),
                        c.eventId() == null ? null : c.eventId().value(), c.title(), c.issuer(), c.issuedOn(),
                        JdbcRows.at(now), c.code()).update() == 1;
    }

    public boolean revoke(String code, LocalDate on) {
        return jdbc.sql("update learning_certificates set status = 'REVOKED', revoked_on = ? where code = ? and status = 'VALID'")
                .params(on, code).update() == 1;
    }

    /** Certificates issued between two dates to people of the given organisations (through their registration). */
    public List<UUID[]> issuedTo(java.util.Collection<UUID> organisations, LocalDate from, LocalDate to) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(organisations.size(), "?"));
        List<Object> params = new java.util.ArrayList<>(organisations);
        params.add(from);
        params.add(to);
        return jdbc.sql("select r.organisation_id, c.id from learning_certificates c join learning_registrations r"
                        + " on r.id = c.registration_id where r.organisation_id in (" + marks + ")"
                        + " and c.issued_on between ? and ? and c.status = 'VALID'")
                .params(params).query((rs, n) -> new UUID[] {JdbcRows.uuid(rs, "organisation_id"), JdbcRows.uuid(rs, "id")})
                .list();
    }

    static Certificate map(ResultSet rs, int n) throws SQLException {
        UUID event = JdbcRows.uuid(rs, "event_id");
        UUID course = JdbcRows.uuid(rs, "course_id");
        String holder = rs.getString("holder_name");
        return new Certificate(JdbcRows.uuid(rs, "id"), rs.getString("code"), JdbcRows.uuid(rs, "user_id"), holder,
                HolderNames.mask(holder), rs.getString("title"), rs.getString("issuer"), JdbcRows.date(rs, "issued_on"),
                Certificate.Status.valueOf(rs.getString("status")), JdbcRows.date(rs, "revoked_on"),
                event == null ? null : new EventId(event), course == null ? null : new CourseId(course));
    }
}
