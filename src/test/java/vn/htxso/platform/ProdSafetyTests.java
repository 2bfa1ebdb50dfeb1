package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProdSafetyTests {

    @Test
    void refusesDemoProfileEmptyPasswordAndDefaultSecrets() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod", "demo");
        environment.setProperty("spring.datasource.password", "");
        environment.setProperty("htxso.marketplace.webhook-secret", "dev-only-change-me-please");
        assertThat(ProdSafety.problems(environment)).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("demo profile"))
                .anySatisfy(p -> assertThat(p).contains("spring.datasource.password"))
                .anySatisfy(p -> assertThat(p).contains("htxso.marketplace.webhook-secret"));
    }

    @Test
    void acceptsRealSecrets() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod", "postgres");
        environment.setProperty("spring.datasource.password", "x8#kP2!vQz");
        environment.setProperty("htxso.marketplace.webhook-secret", "9f2c4e1a7b3d8e6f0a5c7d21b84e6a0f3c");
        assertThat(ProdSafety.problems(environment)).isEmpty();
    }

    @Test
    void startUpFailsWithTheDefaultPassword() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("spring.datasource.password", "postgres");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProdSafety(environment))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("spring.datasource.password");
    }

    @Test
    void refusesASecretThatAppearsInTheSourceEvenIfLongEnough() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod", "postgres");
        environment.setProperty("spring.datasource.password", "x8#kP2!vQz");
        // the development webhook secret (longer than 32 bytes), a string constant in the application's classes
        environment.setProperty("htxso.marketplace.webhook-secret", "htxso-development-webhook-secret-not-for-production");
        assertThat(ProdSafety.problems(environment))
                .anySatisfy(p -> assertThat(p).contains("htxso.marketplace.webhook-secret").contains("source"));
    }

    @Test
    void refusesASecretShorterThan32Bytes() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod", "postgres");
        environment.setProperty("spring.datasource.password", "x8#kP2!vQz");
        environment.setProperty("htxso.marketplace.webhook-secret", "9f2c4e1a7b3d8e6f0a5c7d21b84e6a0");
        assertThat(ProdSafety.problems(environment))
                .anySatisfy(p -> assertThat(p).contains("htxso.marketplace.webhook-secret").contains("32 bytes"));
    }

    @Test
    void refusesADatabasePasswordThatAppearsInTheSource() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod", "postgres");
        // any string constant of the application is public knowledge
        environment.setProperty("spring.datasource.password", "htxso-development-webhook-secret-not-for-production");
        environment.setProperty("htxso.marketplace.webhook-secret", "9f2c4e1a7b3d8e6f0a5c7d21b84e6a0f3c");
        assertThat(ProdSafety.problems(environment))
                .anySatisfy(p -> assertThat(p).contains("spring.datasource.password"));
    }

    @Test
    void checksTheCheckInSecretWhetherSetInAFileOrInTheEnvironment() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod", "postgres");
        environment.setProperty("spring.datasource.password", "x8#kP2!vQz");
        // a long value that is a string constant of the application: public, so not a secret
        environment.setProperty("htxso.learning.check-in-secret", "htxso-development-webhook-secret-not-for-production");
        // how prod sets secrets: environment variables (relaxed binding), too short here
        environment.setProperty("HTXSO_MARKETPLACE_WEBHOOKSECRET", "short-webhook-secret");
        assertThat(ProdSafety.problems(environment))
                .anySatisfy(p -> assertThat(p).contains("htxso.learning.check-in-secret").contains("source"))
                .anySatisfy(p -> assertThat(p).contains("HTXSO_MARKETPLACE_WEBHOOKSECRET").contains("32 bytes"));
        environment.setProperty("htxso.learning.check-in-secret", "5e2a9c7f1b3d4e6a8c0b2d4f6a8c0e1b3d5f");
        environment.setProperty("HTXSO_MARKETPLACE_WEBHOOKSECRET", "9f2c4e1a7b3d8e6f0a5c7d21b84e6a0f3c");
        assertThat(ProdSafety.problems(environment)).isEmpty();
    }
}
