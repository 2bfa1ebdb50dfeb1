package vn.htxso.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per address, as Bucket4j buckets: an address holds {@code maxAddressFailures} tokens, all given
 * back at the end of each {@code addressWindow} (a fixed window); each failure takes one; an address with none left
 * is blocked until its window ends (for accounts that failed themselves). On one node the buckets live in memory; under the {@code cluster} profile a shared {@link ProxyManager}
 * (PostgreSQL, see {@code ClusterState}) keeps them, so every node counts the same failures.
 */
@Component
class AddressFailures {

    private static final int MAX_LOCAL_ADDRESSES = 100_000;

    private final BucketConfiguration configuration;
    private final ProxyManager<String> shared;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();

    AddressFailures(LoginProperties properties, ObjectProvider<ProxyManager<String>> shared) {
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(properties.maxAddressFailures())
                        .refillIntervally(properties.maxAddressFailures(), properties.addressWindow()))
                .build();
        this.shared = shared.getIfAvailable();
    }

    boolean blocked(String address) {
        if (address == null) {
            return false;
        }
        if (shared != null) {
            return shared.getProxyConfiguration(address).isPresent()
                    && shared.getProxy(address, () -> configuration).getAvailableTokens() <= 0;
        }
        Bucket bucket = local.get(address);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    void count(String address) {
        if (address == null) {
            return;
        }
        if (shared != null) {
            shared.getProxy(address, () -> configuration).tryConsume(1);
            return;
        }
        if (local.size() > MAX_LOCAL_ADDRESSES) {
            local.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= configuration.getBandwidths()[0]
                    .getCapacity());
        }
        local.computeIfAbsent(address, a -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build())
                .tryConsume(1);
    }
}
