package vn.htxso.learning.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code shown at an event's door: six digits, an HMAC-SHA256 (TOTP-like, RFC 6238's dynamic truncation) over the
 * event id, the session and the number of the current period. A code is valid during its period and, as grace, for
 * one more period; a code older than that, or one never issued, is refused.
 */
public final class CheckInCodes {

    private final byte[] key;
    private final int periodSeconds;

    public CheckInCodes(byte[] key, int periodSeconds) {
        if (periodSeconds < 10 || periodSeconds > 300) {
            throw new IllegalArgumentException("period must be 10–300 s: " + periodSeconds);
        }
        this.key = key.clone();
        this.periodSeconds = periodSeconds;
    }

    public int periodSeconds() {
        return periodSeconds;
    }

    /** The code for the period that contains {@code at}, and the instant its period ends. */
    public Code current(UUID eventId, int session, Instant at) {
        long period = period(at);
        return new Code(code(eventId, session, period), Instant.ofEpochSecond((period + 1) * periodSeconds));
    }

    /** Whether {@code code} is the code of the current period or of the one before it (the grace period). */
    public boolean accepts(UUID eventId, int session, String code, Instant at) {
        if (code == null || !code.matches("\\d{6}")) {
            return false;
        }
        long period = period(at);
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        boolean now = MessageDigest.isEqual(given, code(eventId, session, period).getBytes(StandardCharsets.US_ASCII));
        boolean grace = MessageDigest.isEqual(given,
                code(eventId, session, period - 1).getBytes(StandardCharsets.US_ASCII));
        return now | grace;
    }

    private long period(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), periodSeconds);
    }

    String code(UUID eventId, int session, long period) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(36).putLong(eventId.getMostSignificantBits())
                    .putLong(eventId.getLeastSignificantBits()).putInt(session).putLong(period)
                    .putLong(periodSeconds).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code and the end of the period it belongs to. */
    public record Code(String code, Instant validUntil) {
    }
}
