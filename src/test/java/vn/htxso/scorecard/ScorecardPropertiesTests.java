package vn.htxso.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code htxso.scorecard.*}: defaults, a value that binds, thresholds out of order refused. */
class ScorecardPropertiesTests {

    @Configuration
    @EnableConfigurationProperties(ScorecardProperties.class)
    static class Config {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class);

    @Test
    void defaults() {
        runner.run(context -> {
            ScorecardProperties p = context.getBean(ScorecardProperties.class);
            assertThat(p.onTheWayAt()).isEqualTo(0.5);
            assertThat(p.metAt()).isEqualTo(1.0);
            assertThat(p.showcaseLimit()).isEqualTo(60);
        });
    }

    @Test
    void thresholdsBind() {
        runner.withPropertyValues("htxso.scorecard.on-the-way-at=0.7", "htxso.scorecard.met-at=0.9")
                .run(context -> {
                    ScorecardProperties p = context.getBean(ScorecardProperties.class);
                    assertThat(ScorecardRules.of(p).status(0.75, new java.math.BigDecimal("1")))
                            .isEqualTo(Status.ON_THE_WAY);
                });
    }

    @Test
    void thresholdsOutOfOrderOrRangeFailTheContext() {
        runner.withPropertyValues("htxso.scorecard.on-the-way-at=0.9", "htxso.scorecard.met-at=0.8")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("htxso.scorecard.on-the-way-at=-0.1")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("htxso.scorecard.showcase-limit=0")
                .run(context -> assertThat(context).hasFailed());
    }
}
