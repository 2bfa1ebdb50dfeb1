package vn.htxso.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** TraceabilityProperties: its defaults, a value that binds, and a value that stops the application from starting. */
class TraceabilityPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Config.class);

    @Test
    void defaults() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            TraceabilityProperties properties = context.getBean(TraceabilityProperties.class);
            assertThat(properties.publicBaseUrl()).isEmpty();
        });
    }

    @Test
    void aValueBinds() {
        runner.withPropertyValues("htxso.traceability.public-base-url=https://truyxuat.htxso.vn").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(TraceabilityProperties.class).publicBaseUrl()).isEqualTo("https://truyxuat.htxso.vn");
        });
    }

    @Test
    void anInvalidValueFailsTheContext() {
        runner.withPropertyValues("htxso.traceability.public-base-url=truyxuat.htxso.vn").run(context -> assertThat(context).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TraceabilityProperties.class)
    static class Config {
    }
}
