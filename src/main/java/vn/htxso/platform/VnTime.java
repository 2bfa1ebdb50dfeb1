package vn.htxso.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The one place that turns instants and local times into Vietnam's offset ({@code Asia/Ho_Chi_Minh},
 * {@link VnFormat#ZONE}) for {@code timestamp with time zone} columns. Never write {@code ZoneOffset.ofHours(7)}.
 */
public final class VnTime {

    private VnTime() {
    }

    /** Now, read from the injected clock, at Vietnam's offset. */
    public static OffsetDateTime now(Clock clock) {
        return at(clock.instant());
    }

    /** The instant at Vietnam's offset ({@code null} stays {@code null}). */
    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(VnFormat.ZONE).toOffsetDateTime();
    }

    /** A wall-clock time in Vietnam. */
    public static OffsetDateTime at(LocalDateTime time) {
        return time.atZone(VnFormat.ZONE).toOffsetDateTime();
    }

    /** Midnight at the start of {@code day} in Vietnam. */
    public static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(VnFormat.ZONE).toOffsetDateTime();
    }

    /** Today's date in Vietnam, read from the injected clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(VnFormat.ZONE));
    }
}
