package vn.htxso.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** LoginProperties: its defaults, a value that binds, and a value that stops the application from starting. */
class LoginPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Config.class);

    @Test
    void defaults() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            LoginProperties properties = context.getBean(LoginProperties.class);
            assertThat(properties.maxAccountFailures()).isEqualTo(5);
            assertThat(properties.accountLockDuration()).isEqualTo(Duration.ofMinutes(15));
            assertThat(properties.maxAddressFailures()).isEqualTo(100);
            assertThat(properties.addressWindow()).isEqualTo(Duration.ofMinutes(15));
            assertThat(properties.slowDownStep()).isEqualTo(Duration.ofMillis(500));
        });
    }

    @Test
    void aValueBinds() {
        runner.withPropertyValues("htxso.platform.login.max-account-failures=3").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(LoginProperties.class).maxAccountFailures()).isEqualTo(3);
        });
    }

    @Test
    void anInvalidValueFailsTheContext() {
        runner.withPropertyValues("htxso.platform.login.max-account-failures=0").run(context -> assertThat(context).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LoginProperties.class)
    static class Config {
    }
}
