package vn.htxso.platform.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.VnTime;

/** The hashes of e-mailed unlock links ({@code unlock_tokens}) and the lock they lift. */
@Repository
public class UnlockTokens {

    private final JdbcClient jdbc;

    UnlockTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account whose lock ends at exactly this time (the lock that has just begun). */
    public Optional<UUID> lockedAccount(String username, Instant lockedUntil) {
        return jdbc.sql("select id from users where lower(username) = lower(?) and locked_until = ?")
                .params(username, VnTime.at(lockedUntil)).query(UUID.class).optional();
    }

    public void add(String hash, UUID userId, Instant expiresAt) {
        jdbc.sql("insert into unlock_tokens (token_hash, user_id, expires_at) values (?, ?, ?)")
                .params(hash, userId, VnTime.at(expiresAt)).update();
    }

    /** The account of an unused, unexpired token. */
    public Optional<UUID> activeOwner(String hash, Instant now) {
        return jdbc.sql("select user_id from unlock_tokens where token_hash = ? and used_at is null and expires_at > ?")
                .params(hash, VnTime.at(now)).query(UUID.class).optional();
    }

    /** Marks the token used; false when another request used it first. */
    public boolean markUsed(String hash, Instant now) {
        return jdbc.sql("update unlock_tokens set used_at = ? where token_hash = ? and used_at is null")
                .params(VnTime.at(now), hash).update() == 1;
    }

    public void liftLock(UUID userId) {
        jdbc.sql("update users set failed_attempts = 0, locked_until = null where id = ?").param(userId).update();
    }
}
