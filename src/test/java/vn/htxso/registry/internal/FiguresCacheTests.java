package vn.htxso.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class FiguresCacheTests {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        final AtomicLong millis = new AtomicLong(1_000_000);

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        void advanceSeconds(long seconds) {
            millis.addAndGet(seconds * 1000);
        }
    }

    @Test
    void readersOfAnExpiredFigureWaitForOneComputationInsteadOfEachComputingIt() throws Exception {
        FiguresCache cache = new FiguresCache(new ManualClock(), Runnable::run);
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            Future<Integer> first = readers.submit(() -> cache.remember("k", () -> {
                computations.incrementAndGet();
                started.countDown();
                await(release);
                return 42;
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            java.util.List<Future<Integer>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(readers.submit(() -> cache.remember("k", () -> {
                    computations.incrementAndGet();
                    return -1;
                })));
            }
            Thread.sleep(100);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(42);
            for (Future<Integer> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(42);
            }
            assertThat(computations).hasValue(1);
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void anOldFigureIsAnsweredWhileOneRefreshReplacesItAndAnExpiredOneIsComputedAgain() {
        ManualClock clock = new ManualClock();
        FiguresCache cache = new FiguresCache(clock, Runnable::run);
        AtomicInteger computations = new AtomicInteger();
        assertThat(cache.<Integer>remember("k", computations::incrementAndGet)).isEqualTo(1);
        clock.advanceSeconds(10);
        assertThat(cache.<Integer>remember("k", computations::incrementAndGet)).isEqualTo(1);
        clock.advanceSeconds(FiguresCache.REFRESH_AFTER.toSeconds());
        // past the refresh age: the remembered figure answers, the refresh has replaced it for the next reader
        assertThat(cache.<Integer>remember("k", computations::incrementAndGet)).isEqualTo(1);
        assertThat(cache.<Integer>remember("k", computations::incrementAndGet)).isEqualTo(2);
        clock.advanceSeconds(FiguresCache.TTL.toSeconds());
        assertThat(cache.<Integer>remember("k", computations::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void aChangeForgetsEveryFigureAndAFailedComputationIsNotRemembered() {
        FiguresCache cache = new FiguresCache(new ManualClock(), Runnable::run);
        AtomicInteger computations = new AtomicInteger();
        assertThat(cache.<Integer>remember("k", computations::incrementAndGet)).isEqualTo(1);
        cache.changed();
        assertThat(cache.<Integer>remember("k", computations::incrementAndGet)).isEqualTo(2);
        assertThatThrownBy(() -> cache.remember("broken", () -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(cache.<String>remember("broken", () -> "recovered")).isEqualTo("recovered");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
