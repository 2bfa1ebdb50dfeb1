package vn.htxso.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.htxso.registry.internal.ImportFlagRows;
import vn.htxso.registry.internal.imports.ImportRow;

/**
 * Flags on an import's rows before the commit: the dry run of a page import hands its valid rows with a report to
 * every {@link ImportChecks} (through {@link #progress}); the flags are kept with the job (deleted with it) and the
 * check page lists them per row. A failing check is logged and shows no flags: it never fails the import.
 */
@Service
public class ImportFlags {

    private static final Logger log = LoggerFactory.getLogger(ImportFlags.class);
    /** Flags shown on the page at most (the count says how many there are). */
    public static final int SHOWN = 1000;

    private final List<ImportChecks> checks;
    private final ImportFlagRows rows;

    ImportFlags(List<ImportChecks> checks, ImportFlagRows rows) {
        this.checks = checks;
        this.rows = rows;
    }

    /** The flags of a job the caller got through {@link ImportJobs#get} (its owner's), by row; at most {@link #SHOWN}. */
    public Shown of(ImportJobs.Job job) {
        return new Shown(rows.of(job.id(), SHOWN), rows.count(job.id()));
    }

    /** The flags shown and how many there are in all. */
    public record Shown(List<ImportChecks.RowFlag> items, int total) {
    }

    /** A progress that also flags the checked rows of job {@code jobId}. */
    CooperativeImport.Progress progress(UUID jobId, CooperativeImport.Progress delegate) {
        return new CooperativeImport.Progress() {
            @Override
            public void update(String phase, long done, long total) {
                delegate.update(phase, done, total);
            }

            @Override
            public void checked(List<ImportChecks.ImportedReport> reports) {
                flag(jobId, reports);
            }
        };
    }

    /** The valid rows that carry a report, as the checks see them. */
    static List<ImportChecks.ImportedReport> reports(List<ImportRow> valid) {
        List<ImportChecks.ImportedReport> reports = new ArrayList<>();
        for (ImportRow r : valid) {
            if (r.hasReport()) {
                reports.add(new ImportChecks.ImportedReport(r.rowNumber(), r.registrationNo(), r.name(), r.kind(),
                        r.provinceCode(), r.sector(), r.members(), r.charterCapitalVnd(), r.year(), r.revenueVnd(),
                        r.workers(), r.avgWorkerIncomeVnd()));
            }
        }
        return reports;
    }

    void flag(UUID jobId, List<ImportChecks.ImportedReport> reports) {
        if (checks.isEmpty() || reports.isEmpty()) {
            return;
        }
        List<ImportChecks.RowFlag> flags = new ArrayList<>();
        for (ImportChecks check : checks) {
            try {
                flags.addAll(check.check(reports));
            } catch (RuntimeException e) {
                log.warn("Import check {} failed on job {}; no flags from it", check.getClass().getSimpleName(),
                        jobId, e);
            }
        }
        flags.sort(Comparator.comparingInt(ImportChecks.RowFlag::row).thenComparing(ImportChecks.RowFlag::rule));
        rows.replace(jobId, flags);
    }
}
