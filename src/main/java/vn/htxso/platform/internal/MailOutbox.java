package vn.htxso.platform.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.VnTime;

/** The e-mails waiting to go out, and the addresses of accounts ({@code mail_outbox}, {@code users}). */
@Repository
public class MailOutbox {

    /** An address and the account's chosen language tag (may be null). */
    public record Address(String address, String locale) {
    }

    /** A mail due for an attempt. */
    public record Pending(long id, String to, String from, String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Address> addressOfUser(UUID userId) {
        return jdbc.sql("select email, locale from users where id = ? and enabled = true and email is not null")
                .param(userId).query((rs, n) -> new Address(rs.getString(1), rs.getString(2))).list();
    }

    public List<Address> addressesOfManagers(UUID organisationId) {
        return jdbc.sql("""
                select u.email, u.locale from users u join user_roles r on r.user_id = u.id
                where u.organisation_id = ? and r.role = 'COOP_MANAGER' and u.enabled = true and u.email is not null
                order by u.username""")
                .param(organisationId).query((rs, n) -> new Address(rs.getString(1), rs.getString(2))).list();
    }

    /** Queues a mail unless one with the same key was queued before. */
    public void add(String dedupKey, String to, String from, String subject, String body, OffsetDateTime now) {
        jdbc.sql("""
                insert into mail_outbox (dedup_key, to_address, from_address, subject, body, created_at,
                                         next_attempt_at, attempts)
                select ?, ?, ?, ?, ?, ?, ?, 0 where not exists (select 1 from mail_outbox where dedup_key = ?)""")
                .params(dedupKey, to, from, subject, body, now, now, dedupKey)
                .update();
    }

    /** Mails not sent nor given up whose next attempt is due, oldest first. */
    public List<Pending> due(Instant now, int limit) {
        return jdbc.sql("""
                select id, to_address, from_address, subject, body, attempts from mail_outbox
                where sent_at is null and failed_at is null and next_attempt_at <= ? order by id limit ?""")
                .params(VnTime.at(now), limit)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6))).list();
    }

    public void sent(long id, Instant now) {
        jdbc.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                .params(VnTime.at(now), id).update();
    }

    /** A failed attempt: tried again at {@code next}, or given up when {@code next} is null. */
    public void failed(long id, Instant now, Instant next, String error) {
        String cut = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (next == null) {
            jdbc.sql("update mail_outbox set failed_at = ?, attempts = attempts + 1, last_error = ? where id = ?")
                    .params(VnTime.at(now), cut, id).update();
        } else {
            jdbc.sql("update mail_outbox set next_attempt_at = ?, attempts = attempts + 1, last_error = ? where id = ?")
                    .params(VnTime.at(next), cut, id).update();
        }
    }
}
