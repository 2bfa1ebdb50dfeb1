package vn.htxso.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The door code: changes every period, accepted for one extra period, refused after that or when made up. */
class CheckInCodesTests {

    static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8);
    static final UUID EVENT = UUID.fromString("e1000000-0000-4000-8000-00000000abcd");
    final CheckInCodes codes = new CheckInCodes(KEY, 30);
    final Instant start = Instant.parse("2026-12-04T01:00:00Z"); // a period boundary (multiple of 30 s)

    @Test
    void theCodeIsSixDigitsStableWithinItsPeriodAndChangesAtTheNext() {
        CheckInCodes.Code first = codes.current(EVENT, 1, start);
        assertThat(first.code()).matches("\\d{6}");
        assertThat(first.validUntil()).isEqualTo(start.plusSeconds(30));
        assertThat(codes.current(EVENT, 1, start.plusSeconds(29)).code()).isEqualTo(first.code());
        CheckInCodes.Code next = codes.current(EVENT, 1, start.plusSeconds(30));
        assertThat(next.code()).isNotEqualTo(first.code());
        assertThat(next.validUntil()).isEqualTo(start.plusSeconds(60));
    }

    @Test
    void aCodeIsAcceptedInItsPeriodAndOneMoreThenRefused() {
        String code = codes.current(EVENT, 1, start).code();
        assertThat(codes.accepts(EVENT, 1, code, start)).isTrue();
        assertThat(codes.accepts(EVENT, 1, code, start.plusSeconds(29))).isTrue();
        assertThat(codes.accepts(EVENT, 1, code, start.plusSeconds(30))).as("grace period").isTrue();
        assertThat(codes.accepts(EVENT, 1, code, start.plusSeconds(59))).as("end of grace").isTrue();
        assertThat(codes.accepts(EVENT, 1, code, start.plusSeconds(60))).as("one period past validUntil").isFalse();
        assertThat(codes.accepts(EVENT, 1, code, start.minusSeconds(1))).as("not before its period").isFalse();
    }

    @Test
    void aCodeBelongsToOneEventSessionAndKey() {
        String code = codes.current(EVENT, 1, start).code();
        assertThat(codes.accepts(UUID.randomUUID(), 1, code, start)).isFalse();
        assertThat(codes.accepts(EVENT, 2, code, start)).isFalse();
        CheckInCodes otherKey = new CheckInCodes("another key, thirty-two bytes!!!".getBytes(StandardCharsets.UTF_8), 30);
        assertThat(otherKey.accepts(EVENT, 1, code, start)).isFalse();
    }

    @Test
    void madeUpOrMalformedCodesAreRefused() {
        String real = codes.current(EVENT, 1, start).code();
        String wrong = String.format("%06d", (Integer.parseInt(real) + 1) % 1_000_000);
        assertThat(codes.accepts(EVENT, 1, wrong, start)).isFalse();
        assertThat(codes.accepts(EVENT, 1, null, start)).isFalse();
        assertThat(codes.accepts(EVENT, 1, "", start)).isFalse();
        assertThat(codes.accepts(EVENT, 1, real + "0", start)).isFalse();
        assertThat(codes.accepts(EVENT, 1, "12a456", start)).isFalse();
    }

    @Test
    void thePeriodIsConfigurableFromTenToThreeHundredSeconds() {
        CheckInCodes fast = new CheckInCodes(KEY, 10);
        String code = fast.current(EVENT, 1, start).code();
        assertThat(fast.accepts(EVENT, 1, code, start.plusSeconds(19))).isTrue();
        assertThat(fast.accepts(EVENT, 1, code, start.plusSeconds(20))).isFalse();
        CheckInCodes slow = new CheckInCodes(KEY, 300);
        assertThat(slow.current(EVENT, 1, start).validUntil()).isEqualTo(start.plusSeconds(300));
        assertThatThrownBy(() -> new CheckInCodes(KEY, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckInCodes(KEY, 301)).isInstanceOf(IllegalArgumentException.class);
    }
}
