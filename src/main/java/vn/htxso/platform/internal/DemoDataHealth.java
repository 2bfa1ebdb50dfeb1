package vn.htxso.platform.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code demoData} health component: UP while the application serves, with the state of its demo data
 * ({@code PREPARING} while the fixtures run in the background, then {@code READY}; {@code FAILED} with the name of the
 * fixture that failed; the error itself is only in the log). Its details are public through the {@code demo} health group ({@code /actuator/health/demo}), which
 * shows nothing else.
 */
@Component("demoDataHealthIndicator")
@Profile("demo")
class DemoDataHealth implements HealthIndicator {

    private final DemoDataLoader loader;

    DemoDataHealth(DemoDataLoader loader) {
        this.loader = loader;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("state", loader.state().name())
                .withDetail("fixturesDone", loader.done()).withDetail("fixtures", loader.total());
        if (loader.current() != null && loader.preparing()) {
            health.withDetail("running", loader.current());
        }
        if (loader.failure() != null) {
            health.withDetail("failedIn", loader.failure());
        }
        return health.build();
    }
}
