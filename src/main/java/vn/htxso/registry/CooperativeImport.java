package vn.htxso.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.Province;
import vn.htxso.platform.VietnameseText;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.internal.imports.ImportRow;
import vn.htxso.registry.internal.imports.ImportWrites;
import vn.htxso.registry.internal.imports.RowParser;
import vn.htxso.registry.internal.imports.RowSource;
import vn.htxso.registry.internal.imports.UpdatePreview;

/**
 * Imports cooperatives from .xlsx or .csv (API.md): streams the sheet, validates every cell, then writes all rows
 * in one transaction with batched statements (or only the valid ones when {@code partial}). The registration
 * number is the identity: a known one is updated, and its report for the row's year replaced. Two imports of the
 * same file at once cannot duplicate an organisation: the unique index refuses the second insert, and the losing
 * transaction is retried, then finds the rows and updates them.
 */
@Service
public class CooperativeImport {

    private static final Logger log = LoggerFactory.getLogger(CooperativeImport.class);
    private static final int ATTEMPTS = 5;

    private final ImportWrites writes;
    private final TransactionTemplate transactions;
    private final AdminUnits adminUnits;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ImportProperties properties;
    private final vn.htxso.registry.internal.FiguresCache registryChanges;
    private final ApplicationEventPublisher events;
    private final UpdatePreview updatePreview;

    CooperativeImport(ImportWrites writes, PlatformTransactionManager transactionManager, AdminUnits adminUnits,
                      AuditLog auditLog, Clock clock, ImportProperties properties,
                      vn.htxso.registry.internal.FiguresCache changes, ApplicationEventPublisher events,
                      UpdatePreview updatePreview) {
        this.updatePreview = updatePreview;
        this.registryChanges = changes;
        this.events = events;
        this.writes = writes;
        this.transactions = new TransactionTemplate(transactionManager);
        this.adminUnits = adminUnits;
        this.auditLog = auditLog;
        this.clock = clock;
        this.properties = properties;
    }

    /** Told how far the work is: a phase ("reading", "checking", "writing") and rows done of a total (0 = unknown). */
    public interface Progress {
        Progress NONE = (phase, done, total) -> { };

        void update(String phase, long done, long total);

        /** A dry run's valid rows that carry a report, before it answers (for {@link ImportFlags}). */
        default void checked(List<ImportChecks.ImportedReport> reports) {
        }
    }

    /**
     * What an import did (or, for a dry run, would do).
     *
     * @param committed whether rows were written
     * @param fileProblem the file as a whole is unusable (no header, missing required column): nothing else is known
     */
    public record Outcome(int imported, int updated, int rejected, List<CellError> errors, boolean committed,
                          boolean fileProblem, int rows, List<PlannedUpdate> changes) {

        public Outcome(int imported, int updated, int rejected, List<CellError> errors, boolean committed,
                       boolean fileProblem, int rows) {
            this(imported, updated, rejected, errors, committed, fileProblem, rows, List.of());
        }

        /** What the updates would change (a check only; at most {@link #SHOWN_CHANGES}), never null. */
        @Override
        public List<PlannedUpdate> changes() {
            return changes == null ? List.of() : changes;
        }
    }

    /** How many updated organisations a check describes field by field. */
    public static final int SHOWN_CHANGES = 200;

    public long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    /** Checks the user may import at all and the file is acceptable before any work. */
    public void checkAllowed(CurrentUser user, String filename, long size) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        vn.htxso.platform.UploadChecker.checkName("file", filename);
        if (size > properties.maxFileSize().toBytes()) {
            throw new BusinessRuleViolation(HttpStatus.CONTENT_TOO_LARGE, "registry.import.error.fileTooLarge",
                    properties.maxFileSize().toMegabytes());
        }
        if (!RowSource.isXlsx(filename) && !RowSource.isCsv(filename)) {
            throw new BusinessRuleViolation(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "registry.import.error.fileType");
        }
    }

    public Outcome run(CurrentUser user, Path file, String filename, boolean dryRun, boolean partial,
                       Progress progress) {
        try {
            checkAllowed(user, filename, Files.size(file));
        } catch (IOException e) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "registry.import.error.unreadable");
        }
        String ownProvince = user.isNationalAdmin() ? null : user.provinceCode();
        RowParser parser = new RowParser(provinceKeys(), VnTime.now(clock).getYear() + 1);

        List<ImportRow> parsed = new ArrayList<>();
        List<CellError> errors = new ArrayList<>();
        Set<Integer> badRows = new TreeSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Integer, ImportColumn> header = new HashMap<>();
        List<CellError> fileProblems = new ArrayList<>();
        int[] dataRows = {0};
        boolean[] headerRead = {false};
        try {
            RowSource.read(file, filename, (rowNumber, cells) -> {
                if (!headerRead[0]) {
                    headerRead[0] = true;
                    readHeader(cells, header, fileProblems);
                    if (!fileProblems.isEmpty()) {
                        throw new RowSource.StopReading();
                    }
                    return;
                }
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    return;
                }
                if (++dataRows[0] > properties.maxRows()) {
                    throw new BusinessRuleViolation(HttpStatus.CONTENT_TOO_LARGE, "registry.import.error.tooManyRows",
                            properties.maxRows());
                }
                Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
                header.forEach((index, column) -> values.put(column, index < cells.size() ? cells.get(index) : ""));
                RowParser.Result result = parser.parse(rowNumber, values);
                if (result.row() == null) {
                    errors.addAll(result.errors());
                    badRows.add(rowNumber);
                } else {
                    ImportRow row = result.row();
                    Integer first = seen.putIfAbsent(row.registrationNo(), rowNumber);
                    if (first != null) {
                        errors.add(new CellError(rowNumber, ImportColumn.REGISTRATION_NO.key(), row.registrationNo(),
                                "registry.import.error.duplicateInFile", first));
                        badRows.add(rowNumber);
                    } else if (ownProvince != null && !ownProvince.equals(row.provinceCode())) {
                        errors.add(new CellError(rowNumber, ImportColumn.PROVINCE_CODE.key(), row.provinceCode(),
                                "registry.import.error.otherProvince", adminUnits.provinceName(ownProvince)));
                        badRows.add(rowNumber);
                    } else {
                        parsed.add(row);
                    }
                }
                if (dataRows[0] % 1000 == 0) {
                    progress.update("reading", dataRows[0], 0);
                }
            });
        } catch (RowSource.StopReading stop) {
            // header problem, reported below
        } catch (RowSource.UnreadableFile e) {
            log.info("Unreadable import file {}: {}", filename, e.getCause().toString());
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "registry.import.error.unreadable");
        }
        if (!headerRead[0]) {
            fileProblems.add(new CellError(1, "", "", "registry.import.error.empty"));
        }
        if (!fileProblems.isEmpty()) {
            return new Outcome(0, 0, 0, fileProblems, false, true, 0);
        }
        List<ImportRow> rows = parsed;
        progress.update("checking", 0, rows.size());

        // Registration numbers known already: a province admin may not touch another province's organisation.
        Map<String, ImportWrites.Known> existing = writes.known(rows);
        if (ownProvince != null) {
            List<ImportRow> allowed = new ArrayList<>(rows.size());
            for (ImportRow row : rows) {
                ImportWrites.Known known = existing.get(row.registrationNo());
                if (known != null && !ownProvince.equals(known.provinceCode())) {
                    errors.add(new CellError(row.rowNumber(), ImportColumn.REGISTRATION_NO.key(), row.registrationNo(),
                            "registry.import.error.registeredElsewhere"));
                    badRows.add(row.rowNumber());
                } else {
                    allowed.add(row);
                }
            }
            rows = allowed;
        }
        errors.sort(java.util.Comparator.comparingInt(CellError::row));
        int rejected = badRows.size();
        int total = rows.size() + rejected;
        if (rejected > 0 && !partial) {
            return new Outcome(0, 0, rejected, errors, false, false, total);
        }
        int wouldUpdate = (int) rows.stream().filter(r -> existing.containsKey(r.registrationNo())).count();
        if (dryRun) {
            progress.checked(ImportFlags.reports(rows));
            return new Outcome(rows.size() - wouldUpdate, wouldUpdate, rejected, errors, false, false, total,
                    wouldUpdate == 0 ? List.of() : updatePreview.of(rows, SHOWN_CHANGES));
        }
        List<ImportRow> toWrite = rows;
        ImportWrites.Written counts = null;
        for (int attempt = 1; ; attempt++) {
            try {
                counts = transactions.execute(status -> write(user, filename, toWrite, progress));
                break;
            } catch (DataIntegrityViolationException | TransientDataAccessException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.info("Import of {} met a concurrent import ({}); retrying", filename, e.getClass().getSimpleName());
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        return new Outcome(counts.inserted(), counts.updated(), rejected, errors, true, false, total);
    }

    private void readHeader(List<String> cells, Map<Integer, ImportColumn> header, List<CellError> problems) {
        Set<ImportColumn> found = new LinkedHashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            int index = i;
            ImportColumn.byHeader(cells.get(i)).ifPresent(column -> {
                if (found.add(column)) {
                    header.put(index, column);
                } else {
                    problems.add(new CellError(1, column.key(), cells.get(index),
                            "registry.import.error.duplicateColumn"));
                }
            });
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !found.contains(column)) {
                problems.add(new CellError(1, column.key(), "", "registry.import.error.missingColumn",
                        column.label()));
            }
        }
    }

    private Map<String, String> provinceKeys() {
        Map<String, String> keys = new HashMap<>();
        for (Province province : adminUnits.provinces()) {
            keys.put(province.code(), province.code());
            keys.put(VietnameseText.key(province.name()), province.code());
        }
        return keys;
    }

    /** Writes the rows in the current transaction; returns what was written. */
    private ImportWrites.Written write(CurrentUser user, String filename, List<ImportRow> rows, Progress progress) {
        long total = rows.size();
        ImportWrites.Written written = writes.write(rows, user.username(), filename, VnTime.now(clock),
                properties.batchSize(), done -> progress.update("writing", done, total));
        registryChanges.changed();
        auditLog.record(AuditLog.AuditEntry.of("registry.import.committed", "import", filename,
                        "imported=" + written.inserted() + " updated=" + written.updated())
                .inProvince(user.isNationalAdmin() ? null : user.provinceCode()));
        events.publishEvent(new CooperativesImported(UUID.randomUUID(), filename,
                user.isNationalAdmin() ? null : user.provinceCode(), written.inserted(), written.updated(),
                user.username(), clock.instant()));
        return written;
    }
}
