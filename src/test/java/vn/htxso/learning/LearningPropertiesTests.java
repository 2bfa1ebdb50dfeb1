package vn.htxso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import vn.htxso.learning.internal.CheckInCodes;

/** {@code htxso.learning.*}: a 30-second code by default, 10–300 s accepted, anything else stops the start. */
class LearningPropertiesTests {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(LearningConfiguration.class);

    @Test
    void thirtySecondsByDefaultWithARandomKeyWhenNoneIsSet() {
        runner.run(context -> {
            assertThat(context.getBean(LearningProperties.class).checkInPeriodSeconds()).isEqualTo(30);
            assertThat(context.getBean(CheckInCodes.class).periodSeconds()).isEqualTo(30);
        });
    }

    @Test
    void aConfiguredPeriodAndKeyAreUsed() {
        runner.withPropertyValues("htxso.learning.check-in-period-seconds=120",
                        "htxso.learning.check-in-secret=a shared key for all servers of the cluster")
                .run(context -> {
                    CheckInCodes codes = context.getBean(CheckInCodes.class);
                    assertThat(codes.periodSeconds()).isEqualTo(120);
                    Instant at = Instant.parse("2026-12-04T02:00:00Z");
                    UUID event = UUID.randomUUID();
                    CheckInCodes same = new CheckInCodes("a shared key for all servers of the cluster"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8), 120);
                    assertThat(codes.current(event, 1, at)).isEqualTo(same.current(event, 1, at));
                });
    }

    @Test
    void aPeriodOutsideTenToThreeHundredSecondsFailsTheStart() {
        runner.withPropertyValues("htxso.learning.check-in-period-seconds=9")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("htxso.learning.check-in-period-seconds=301")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("htxso.learning.check-in-period-seconds=10")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void prodRefusesAMissingShortOrDevelopmentCheckInSecret() {
        ApplicationContextRunner prod = runner.withInitializer(c -> c.getEnvironment().setActiveProfiles("prod"));
        prod.run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining("htxso.learning.check-in-secret must be set in prod"));
        prod.withPropertyValues("htxso.learning.check-in-secret=only twenty-five bytes long")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("at least 32 bytes"));
        prod.withPropertyValues("htxso.learning.check-in-secret=dev-only-a-key-long-enough-to-pass-the-length")
                .run(context -> assertThat(context).hasFailed());
        prod.withPropertyValues("htxso.learning.check-in-secret=7c1f0e9a2b4d6c8e0f1a3b5c7d9e1f2a4b6c")
                .run(context -> assertThat(context).hasNotFailed());
        // outside prod a random key of the process stands in
        runner.run(context -> assertThat(context).hasNotFailed());
    }
}
