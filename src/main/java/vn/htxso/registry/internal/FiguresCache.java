package vn.htxso.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A short-lived memory of aggregate figures. Every registry change (after its transaction commits) forgets them all
 * on this node; other nodes of a cluster see a change within {@link #TTL} at the latest. Dashboards and the statistics
 * endpoint read through it, so twenty officials opening the national dashboard at once cost one set of queries.
 * <p>
 * No stampede: one computation per key runs at a time and every other reader of that key waits for it (single
 * flight); a figure read after {@link #REFRESH_AFTER} is answered from memory while one background computation
 * replaces it (refresh ahead), so under steady traffic nobody waits for an expiry.
 */
@Component
public class FiguresCache {

    public static final Duration TTL = Duration.ofSeconds(60);
    /** Age after which a read answers the remembered figure and starts one refresh in the background. */
    public static final Duration REFRESH_AFTER = Duration.ofSeconds(40);

    private static final int MAX_ENTRIES = 2000;

    private final Clock clock;
    private final Executor refresher;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> figures = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();

    @Autowired
    FiguresCache(Clock clock) {
        this(clock, Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "figures-refresh");
            thread.setDaemon(true);
            return thread;
        }));
    }

    FiguresCache(Clock clock, Executor refresher) {
        this.clock = clock;
        this.refresher = refresher;
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
            if (now - entry.at() >= REFRESH_AFTER.toMillis()) {
                refreshInBackground(key, current, compute);
            }
            return (T) entry.value();
        }
        return (T) computeOnce(key, current, compute).value();
    }

    /** Computes {@code key} in this thread, or waits for the computation of it already running. */
    private Entry computeOnce(String key, long current, Supplier<?> compute) {
        while (true) {
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> running = computing.putIfAbsent(key, mine);
            if (running == null) {
                return run(key, current, compute, mine);
            }
            Entry joined = join(running);
            if (joined.generation() >= current) {
                return joined;
            }
            // that computation began before a change this reader has seen: compute again
        }
    }

    private void refreshInBackground(String key, long current, Supplier<?> compute) {
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        if (computing.putIfAbsent(key, mine) == null) {
            try {
                refresher.execute(() -> {
                    try {
                        run(key, current, compute, mine);
                    } catch (RuntimeException | Error failed) {
                        // the remembered figure is still answered until it expires; the next read tries again
                    }
                });
            } catch (RuntimeException rejected) {
                computing.remove(key, mine);
                mine.completeExceptionally(rejected);
            }
        }
    }

    private Entry run(String key, long current, Supplier<?> compute, CompletableFuture<Entry> mine) {
        Entry fresh;
        try {
            fresh = new Entry(current, clock.millis(), compute.get());
        } catch (RuntimeException | Error e) {
            computing.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        if (generation.get() == current) {
            if (figures.size() > MAX_ENTRIES) {
                figures.clear();
            }
            figures.put(key, fresh);
        }
        computing.remove(key, mine);
        mine.complete(fresh);
        return fresh;
    }

    private static Entry join(CompletableFuture<Entry> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
