package vn.htxso.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;

/**
 * Imports from the page run in the background: the upload is kept in a temporary file, checked (a dry run), shown,
 * and committed on request; the page follows the job's progress. Jobs live in memory for two hours, only their owner
 * sees them.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(2);

    private final CooperativeImport importer;
    private final Clock clock;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "registry-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(CooperativeImport importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    public enum State { CHECKING, CHECKED, COMMITTING, COMMITTED, FAILED }

    /** One upload and what became of it. */
    public static final class Job implements CooperativeImport.Progress {
        private final UUID id = UUID.randomUUID();
        private final UUID owner;
        private final String filename;
        private final Path file;
        private final boolean partial;
        private final Instant created;
        private volatile State state = State.CHECKING;
        private volatile String phase = "reading";
        private volatile long done;
        private volatile long total;
        private volatile CooperativeImport.Outcome check;
        private volatile CooperativeImport.Outcome result;
        private volatile String failureKey;

        Job(UUID owner, String filename, Path file, boolean partial, Instant created) {
            this.owner = owner;
            this.filename = filename;
            this.file = file;
            this.partial = partial;
            this.created = created;
        }

        @Override
        public void update(String phase, long done, long total) {
            this.phase = phase;
            this.done = done;
            this.total = total;
        }

        public UUID id() { return id; }
        public String filename() { return filename; }
        public boolean partial() { return partial; }
        public State state() { return state; }
        public String phase() { return phase; }
        public long done() { return done; }
        public long total() { return total; }
        public CooperativeImport.Outcome check() { return check; }
        public CooperativeImport.Outcome result() { return result; }
        public String failureKey() { return failureKey; }

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
        purge();
        Path file = Files.createTempFile("htxso-import-", ".upload");
        Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Job job = new Job(user.id(), filename, file, partial, clock.instant());
        jobs.put(job.id, job);
        submit(job, () -> {
            job.check = importer.run(user, file, filename, true, partial, job);
            job.state = State.CHECKED;
        });
        return job;
    }

    public Job get(CurrentUser user, UUID id) {
        Job job = jobs.get(id);
        if (job == null || user == null || !job.owner.equals(user.id())) {
            throw new NotFound("import");
        }
        return job;
    }

    public Job commit(CurrentUser user, UUID id) {
        Job job = get(user, id);
        synchronized (job) {
            if (!job.committable()) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.import.notCommittable");
            }
            job.state = State.COMMITTING;
            job.update("writing", 0, job.check.imported() + job.check.updated());
        }
        submit(job, () -> {
            job.result = importer.run(user, job.file, job.filename, false, job.partial, job);
            job.state = job.result.committed() ? State.COMMITTED : State.CHECKED;
            if (job.result.committed()) {
                deleteQuietly(job.file);
            }
        });
        return job;
    }

    private void submit(Job job, Runnable work) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (BusinessRuleViolation e) {
                job.failureKey = e.messageKey();
                job.state = State.FAILED;
            } catch (RuntimeException e) {
                log.error("Import {} failed", job.filename, e);
                job.failureKey = "registry.import.failed";
                job.state = State.FAILED;
            }
        };
        workers.submit(new DelegatingSecurityContextRunnable(guarded, SecurityContextHolder.getContext()));
    }

    private void purge() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(job -> {
            if (job.created.isBefore(limit) && !job.running()) {
                deleteQuietly(job.file);
                return true;
            }
            return false;
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        jobs.values().forEach(job -> deleteQuietly(job.file));
    }
}
