package vn.htxso.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.internal.UnlockTokens;

/**
 * The e-mailed way out of a sign-in lock (issue 15, item 7): when an account locks, its owner gets a one-time link
 * (valid a day) that lifts the lock; a stranger's guesses cannot keep the owner out. Only a hash of the token is
 * stored ({@code unlock_tokens}). Accounts without an e-mail address wait for the lock to run out or for an admin.
 */
@Service
public class UnlockLinks {

    static final Duration VALID = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UnlockTokens tokens;
    private final Mails mails;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    UnlockLinks(UnlockTokens tokens, Mails mails, AuditLog audit, Clock clock, Environment environment) {
        this.tokens = tokens;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = environment.getProperty("htxso.platform.public-base-url", "http://localhost:8080")
                .replaceAll("/+$", "");
    }

    /** Mails an unlock link for a lock that has just begun (once per lock). */
    @Transactional
    public void lockBegan(String username, Instant lockedUntil) {
        var account = tokens.lockedAccount(username, lockedUntil);
        if (account.isEmpty()) {
            return;
        }
        var to = mails.user(account.get());
        if (to.isEmpty()) {
            return;
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        tokens.add(hash(token), account.get(), now.plus(VALID));
        mails.queue(to, "unlock:" + account.get() + ":" + lockedUntil.toEpochMilli(), null, "platform.mail.unlock",
                baseUrl + "/login/unlock?token=" + token, username);
    }

    /** Lifts the lock the token was mailed for; false when the token is unknown, used or expired. */
    @Transactional
    public boolean use(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Instant now = clock.instant();
        var user = tokens.activeOwner(hash(token), now);
        if (user.isEmpty() || !tokens.markUsed(hash(token), now)) {
            return false;
        }
        tokens.liftLock(user.get());
        audit.record(AuditEntry.of("user.unlockedByLink", "user", user.get(), null));
        return true;
    }

    /** Whether the token could lift a lock now (for the page that asks to confirm). */
    @Transactional(readOnly = true)
    public boolean valid(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        return tokens.activeOwner(hash(token), clock.instant()).isPresent();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
