package vn.htxso.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The law's figures marked *check* are configuration with the defaults of the domain notes. */
class GovernancePropertiesTests {

    @Configuration
    @EnableConfigurationProperties(GovernanceProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void defaultsFollowTheDomainNotes() {
        runner.run(context -> {
            GovernanceProperties p = context.getBean(GovernanceProperties.class);
            assertThat(p.delegatesMinimumMembers()).isEqualTo(50);
            assertThat(p.annualAssemblyMonths()).isEqualTo(4);
            assertThat(p.boardMin()).isEqualTo(3);
            assertThat(p.boardMax()).isEqualTo(15);
            assertThat(p.maxTermYears()).isEqualTo(5);
            assertThat(p.lawInForceOn()).isEqualTo(LocalDate.of(2024, 7, 1));
            assertThat(p.defaults().specialNumerator()).isEqualTo(2);
            assertThat(p.defaults().specialDenominator()).isEqualTo(3);
            assertThat(p.defaults().quorumStrict()).isTrue();
        });
    }

    @Test
    void aProvinceMayConfigureAFigureAfterItsCheck() {
        runner.withPropertyValues("htxso.governance.delegates-minimum-members=100",
                        "htxso.governance.defaults.special-numerator=3", "htxso.governance.defaults.special-denominator=4")
                .run(context -> {
                    GovernanceProperties p = context.getBean(GovernanceProperties.class);
                    assertThat(p.delegatesMinimumMembers()).isEqualTo(100);
                    assertThat(p.defaults().specialNumerator()).isEqualTo(3);
                });
    }
}
