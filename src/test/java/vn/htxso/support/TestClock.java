package vn.htxso.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.htxso.platform.VnFormat;

/**
 * The one fixed clock of the tests: 1 December 2026, 10:00 in Vietnam (the demo data have fixed 2026 dates). A unit
 * test builds its service with {@link #FIXED} (or {@link #at} for a rule that depends on the moment); a slice test
 * ({@link WebSliceTest}) gets it as the {@code Clock} bean through {@link Configuration}. Tests of the
 * whole application keep the application's clock (its context is shared) and read today from the injected bean.
 */
public final class TestClock {

    public static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    public static final Clock FIXED = Clock.fixed(NOW, VnFormat.ZONE);
    public static final LocalDate TODAY = LocalDate.now(FIXED);

    private TestClock() {
    }

    /** A fixed clock at another moment, in Vietnam's zone. */
    public static Clock at(Instant instant) {
        return Clock.fixed(instant, VnFormat.ZONE);
    }

    /** The fixed clock as the {@code Clock} bean. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        Clock fixedClock() {
            return FIXED;
        }
    }
}
