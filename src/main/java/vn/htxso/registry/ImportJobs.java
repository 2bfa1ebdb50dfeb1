package vn.htxso.registry;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.registry.internal.ImportJobRows;

/**
 * Imports from the page run in the background: the upload is kept with the job, checked (a dry run), shown, and
 * committed on request; the page follows the job's progress. Jobs, their progress and results live in the database
 * for two hours, so any node shows them; only their owner sees them. The node running a job beats every few seconds;
 * when a node dies, another one (once across the nodes) resumes its check from the stored upload, or fails its
 * commit cleanly (the commit is one transaction, so nothing of it was written).
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(2);
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final Duration LOST_AFTER = Duration.ofSeconds(30);
    private static final long PROGRESS_EVERY_MILLIS = 500;

    private final CooperativeImport importer;
    private final ImportJobRows rows;
    private final ImportFlags flags;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "registry-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(CooperativeImport importer, ImportJobRows rows, Clock clock, ImportFlags flags) {
        this.flags = flags;
        this.importer = importer;
        this.rows = rows;
        this.clock = clock;
    }

    public enum State { CHECKING, CHECKED, COMMITTING, COMMITTED, FAILED }

    /** One upload and what became of it, as last stored. */
    public record Job(UUID id, UUID owner, String filename, boolean partial, State state, String phase, long done,
                      long total, CooperativeImport.Outcome check, CooperativeImport.Outcome result,
                      String failureKey, String node, Instant heartbeatAt, Instant created) {

        public boolean running() {
            return state == State.CHECKING || state == State.COMMITTING;
        }

        /** Whether the checked file may be committed: checked, no file problem, and rows to write. */
        public boolean committable() {
            return state == State.CHECKED && check != null && !check.fileProblem()
                    && (check.rejected() == 0 || partial) && check.imported() + check.updated() > 0;
        }
    }

    public Job start(CurrentUser user, String filename, long size, InputStream content, boolean partial)
            throws IOException {
        importer.checkAllowed(user, filename, size);
        byte[] bytes = content.readAllBytes();
        Instant now = clock.instant();
        Job job = new Job(UUID.randomUUID(), user.id(), filename, partial, State.CHECKING, "reading", 0, 0, null, null,
                null, node, now, now);
        rows.insert(job, user, bytes);
        check(user, job);
        return job;
    }

    public Job get(CurrentUser user, UUID id) {
        return rows.find(id).filter(job -> user != null && job.owner().equals(user.id()))
                .orElseThrow(() -> new NotFound("import"));
    }

    public Job commit(CurrentUser user, UUID id) {
        Job job = get(user, id);
        if (!job.committable() || !rows.startCommit(id, node, job.check().imported() + job.check().updated(),
                clock.instant())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.import.notCommittable");
        }
        submit(user, id, file -> rows.finished(id, node,
                importer.run(user, file, job.filename(), false, job.partial(), progress(id))));
        return get(user, id);
    }

    private void check(CurrentUser user, Job job) {
        submit(user, job.id(), file -> rows.checked(job.id(), node,
                importer.run(user, file, job.filename(), true, job.partial(),
                        flags.progress(job.id(), progress(job.id())))));
    }

    private CooperativeImport.Progress progress(UUID id) {
        long[] last = {0};
        String[] lastPhase = {null};
        return (phase, done, total) -> {
            long now = System.currentTimeMillis();
            if (!phase.equals(lastPhase[0]) || now - last[0] >= PROGRESS_EVERY_MILLIS || (total > 0 && done == total)) {
                last[0] = now;
                lastPhase[0] = phase;
                rows.progress(id, node, phase, done, total, clock.instant());
            }
        };
    }

    private interface Work {
        void run(Path file) throws IOException;
    }

    private void submit(CurrentUser user, UUID id, Work work) {
        running.add(id);
        Runnable guarded = () -> {
            Path file = null;
            try {
                file = Files.createTempFile("htxso-import-", ".upload");
                Files.write(file, rows.content(id));
                work.run(file);
            } catch (BusinessRuleViolation e) {
                rows.failed(id, node, e.messageKey());
            } catch (IOException | RuntimeException e) {
                log.error("Import {} failed", id, e);
                rows.failed(id, node, "registry.import.failed");
            } finally {
                running.remove(id);
                deleteQuietly(file);
            }
        };
        workers.submit(user == null ? guarded
                : new DelegatingSecurityContextRunnable(guarded, SecurityContextHolder.getContext()));
    }

    /** This node's running jobs are alive. */
    @Scheduled(fixedDelayString = "PT5S")
    void beat() {
        rows.heartbeat(List.copyOf(running), node, clock.instant());
    }

    /**
     * Once across the nodes: a check whose node went silent is run again here from the stored upload; a commit whose
     * node went silent failed (its transaction never committed). Old finished jobs are deleted.
     */
    @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
    @SchedulerLock(name = "registry.imports.recover", lockAtMostFor = "PT1M")
    void recover() {
        Instant now = clock.instant();
        for (Job orphan : rows.orphans(now.minus(LOST_AFTER))) {
            if (!rows.adopt(orphan.id(), orphan.node(), node, now)) {
                continue;
            }
            if (orphan.state() == State.CHECKING) {
                log.warn("Import {} lost its node {}; checking it again here", orphan.id(), orphan.node());
                check(rows.owner(orphan.id()), orphan);
            } else {
                log.warn("Import {} lost its node {} while committing; marked failed", orphan.id(), orphan.node());
                rows.failed(orphan.id(), node, "registry.import.nodeLost");
            }
        }
        rows.deleteFinishedBefore(now.minus(KEEP));
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
