package vn.htxso.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Concurrency tests' starting line: {@code count} attempts on {@code threads} threads, all released at the same moment,
 * and back when every one has finished (the first failure is rethrown).
 */
public final class Race {

    /** One attempt, told its number (0 to count − 1). */
    @FunctionalInterface
    public interface Attempt {
        void run(int number) throws Exception;
    }

    private Race() {
    }

    public static void run(int count, int threads, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int number = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    attempt.run(number);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
