package vn.htxso.platform.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsers that signed in to an account with its password before ("device cookies", OWASP): a stranger's failures
 * lock the account for every other browser, never for these, so nobody can keep an owner locked out.
 * Only a hash of each cookie is stored.
 */
@Component
public class TrustedDevices {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    TrustedDevices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new device token for the account (the cookie's value). */
    @Transactional
    public String issue(UUID userId) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("insert into trusted_devices (token_hash, user_id, created_at) values (?, ?, ?)")
                .param(Accounts.hash(token)).param(userId).param(java.sql.Timestamp.from(clock.instant())).update();
        return token;
    }

    @Transactional(readOnly = true)
    public boolean trusts(String token, UUID userId) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        return jdbc.sql("select count(*) from trusted_devices where token_hash = ? and user_id = ?")
                .param(Accounts.hash(token)).param(userId).query(Long.class).single() > 0;
    }
}
