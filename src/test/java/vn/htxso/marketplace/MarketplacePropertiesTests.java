package vn.htxso.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** MarketplaceProperties: its defaults, a value that binds, and a value that stops the application from starting. */
class MarketplacePropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Config.class);

    @Test
    void defaults() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            MarketplaceProperties properties = context.getBean(MarketplaceProperties.class);
            assertThat(properties.webhookSecret()).isEmpty();
            assertThat(properties.mailFrom()).isEqualTo("cho@htxso.vn");
            assertThat(properties.lowStock()).isEqualTo(5);
        });
    }

    @Test
    void aValueBinds() {
        runner.withPropertyValues("htxso.marketplace.low-stock=0").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MarketplaceProperties.class).lowStock()).isZero();
        });
    }

    @Test
    void anInvalidValueFailsTheContext() {
        runner.withPropertyValues("htxso.marketplace.low-stock=-1").run(context -> assertThat(context).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MarketplaceProperties.class)
    static class Config {
    }
}
