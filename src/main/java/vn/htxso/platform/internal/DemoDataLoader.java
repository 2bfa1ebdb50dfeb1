package vn.htxso.platform.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import vn.htxso.platform.FixturesLoaded;
import vn.htxso.platform.Fixture;
import vn.htxso.platform.FixtureProgress;

/**
 * Runs the modules' {@link Fixture}s (in their {@code @Order}) once the application is ready: on a background
 * thread, so that a fresh demo answers before its generated data is complete, or in the ready event itself with
 * {@code htxso.demo.background=false} (the tests, which read demo data as soon as they start). A stop waits for the
 * fixture that is running to commit (threads working on the H2 file are never interrupted: H2 closes its file on an
 * interrupt); the fixtures left over run at the next start, as they are idempotent.
 */
@Component
@Profile("demo")
class DemoDataLoader implements SmartLifecycle, FixtureProgress {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Where the demo data of this start stands. */
    enum State { WAITING, PREPARING, READY, FAILED }

    private final List<Fixture> fixtures;
    private final DemoProperties properties;
    private final ApplicationEventPublisher events;
    private volatile State state = State.WAITING;
    private volatile String current;
    private volatile int done;
    private volatile String failure;
    private volatile RuntimeException error;
    private volatile boolean stopping;
    private volatile boolean running;
    private Thread worker;

    DemoDataLoader(List<Fixture> fixtures, DemoProperties properties, ApplicationEventPublisher events) {
        this.fixtures = fixtures;
        this.properties = properties;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!properties.background()) {
            loadAll();
            if (error != null) {
                throw error;    // as a failing runner did: the start fails
            }
            return;
        }
        synchronized (this) {
            if (stopping) {
                return;
            }
            state = State.PREPARING;
            worker = new Thread(this::loadAll, "demo-data");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void loadAll() {
        state = State.PREPARING;
        long started = System.nanoTime();
        try {
            for (Fixture fixture : fixtures) {
                if (stopping) {
                    log.info("Demo data: stopped after {} of {} fixtures; the rest runs at the next start", done,
                            fixtures.size());
                    return;
                }
                current = ClassUtils.getUserClass(fixture).getSimpleName();
                long t0 = System.nanoTime();
                fixture.load();
                log.info("Demo data: {} in {} ms", current, (System.nanoTime() - t0) / 1_000_000);
                done++;
            }
            current = "FixturesLoaded listeners";    // the search index of the products the fixtures wrote
            events.publishEvent(new FixturesLoaded());
            current = null;
            state = State.READY;
            log.info("Demo data ready ({} fixtures) in {} ms", fixtures.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            failure = current;
            error = e;
            state = State.FAILED;
            log.error("Demo data failed in {}", current, e);
        }
    }

    State state() {
        return state;
    }

    @Override
    public boolean preparing() {
        return state == State.WAITING || state == State.PREPARING;
    }

    String current() {
        return current;
    }

    int done() {
        return done;
    }

    int total() {
        return fixtures.size();
    }

    String failure() {
        return failure;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        Thread thread;
        synchronized (this) {
            stopping = true;
            thread = worker;
        }
        if (thread != null && thread.isAlive()) {
            log.info("Demo data: waiting for {} to finish before stopping", current);
            try {
                thread.join(properties.stopWait().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first (before the web server and the database pool), so that a running fixture can commit. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
