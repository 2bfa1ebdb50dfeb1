package vn.htxso.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A short-lived memory of aggregate figures. Every registry change (after its transaction commits) forgets them all
 * on this node; other nodes of a cluster see a change within {@link #TTL} at the latest. Dashboards and the statistics
 * endpoint read through it, so twenty officials opening the national dashboard at once cost one set of queries.
 */
@Component
public class FiguresCache {

    public static final Duration TTL = Duration.ofSeconds(60);

    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> figures = new ConcurrentHashMap<>();

    FiguresCache(Clock clock) {
        this.clock = clock;
    }

    private record Entry(long generation, long at, Object value) {
    }

    /** Called by every change of registry data; takes effect when the current transaction commits. */
    public void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        }
        forget();
    }

    private void forget() {
        generation.incrementAndGet();
        figures.clear();
    }

    @SuppressWarnings("unchecked")
    public <T> T remember(String key, Supplier<T> compute) {
        long now = clock.millis();
        long current = generation.get();
        Entry entry = figures.get(key);
        if (entry != null && entry.generation() == current && now - entry.at() < TTL.toMillis()) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (figures.size() > 2000) {
            figures.clear();
        }
        figures.put(key, new Entry(current, now, value));
        return value;
    }
}
