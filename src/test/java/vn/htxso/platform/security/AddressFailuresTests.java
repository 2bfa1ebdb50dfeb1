package vn.htxso.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.github.bucket4j.distributed.proxy.ProxyManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** Failures per address on one node (Bucket4j in memory): blocked at the limit, other addresses untouched. */
class AddressFailuresTests {

    @SuppressWarnings("unchecked")
    static final ObjectProvider<ProxyManager<String>> NO_SHARED_STORE =
            (ObjectProvider<ProxyManager<String>>) (ObjectProvider<?>) new DefaultListableBeanFactory()
                    .getBeanProvider(ProxyManager.class);

    final AddressFailures failures = new AddressFailures(new LoginProperties(5, Duration.ofMinutes(15), 100,
            Duration.ofMinutes(15), Duration.ofMillis(500)), NO_SHARED_STORE);

    @Test
    void anAddressIsBlockedAtItsHundredthFailureAndOnlyThatAddress() {
        for (int i = 0; i < 99; i++) {
            failures.count("10.0.0.1");
        }
        assertThat(failures.blocked("10.0.0.1")).isFalse();
        failures.count("10.0.0.1");
        assertThat(failures.blocked("10.0.0.1")).isTrue();
        assertThat(failures.blocked("10.0.0.2")).isFalse();
        assertThat(failures.blocked(null)).isFalse();
    }
}
