package vn.htxso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** ImportProperties: its defaults, a value that binds, and a value that stops the application from starting. */
class ImportPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Config.class);

    @Test
    void defaults() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            ImportProperties properties = context.getBean(ImportProperties.class);
            assertThat(properties.maxRows()).isEqualTo(100_000);
            assertThat(properties.maxFileSize()).isEqualTo(DataSize.ofMegabytes(20));
            assertThat(properties.batchSize()).isEqualTo(1000);
        });
    }

    @Test
    void aValueBinds() {
        runner.withPropertyValues("htxso.registry.import.max-rows=500").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ImportProperties.class).maxRows()).isEqualTo(500);
        });
    }

    @Test
    void anInvalidValueFailsTheContext() {
        runner.withPropertyValues("htxso.registry.import.max-rows=0").run(context -> assertThat(context).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ImportProperties.class)
    static class Config {
    }
}
