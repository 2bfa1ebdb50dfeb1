package vn.htxso.platform.web;

import java.time.Duration;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in PostgreSQL (postgres profile, Spring Session JDBC) without a write per request. Spring Session sets a
 * session's last access time on every request and so rewrites its row each time: a write transaction, a WAL flush and
 * a dead row per page view. The update below leaves the row alone while only the last access time moved, by less than
 * {@link #LAST_ACCESS_RESOLUTION}; any other change (a new session id at sign-in, the principal, the timeout) is
 * written at once. The price: an idle session may end up to that much earlier than its timeout says.
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

    static final Duration LAST_ACCESS_RESOLUTION = Duration.ofMinutes(1);

    /** Spring Session's own update (same parameters, same order), with a condition; PostgreSQL syntax. */
    static final String UPDATE_SESSION = """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SID, LAST_ACCESS_TIME = V.LAT, MAX_INACTIVE_INTERVAL = V.MII, EXPIRY_TIME = V.EXP,
                PRINCIPAL_NAME = V.PN
            FROM (SELECT CAST(? AS CHAR(36)) AS SID, CAST(? AS BIGINT) AS LAT, CAST(? AS INTEGER) AS MII,
                         CAST(? AS BIGINT) AS EXP, CAST(? AS VARCHAR(100)) AS PN, CAST(? AS CHAR(36)) AS PID) V
            WHERE S.PRIMARY_ID = V.PID
              AND (S.SESSION_ID <> V.SID OR S.MAX_INACTIVE_INTERVAL <> V.MII
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PN OR V.LAT - S.LAST_ACCESS_TIME >= RESOLUTION_MS)
            """.replace("RESOLUTION_MS", Long.toString(LAST_ACCESS_RESOLUTION.toMillis()));

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> fewerSessionWrites() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
    }
}
