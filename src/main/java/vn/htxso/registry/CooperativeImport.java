package vn.htxso.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
    private static final int U = org.springframework.jdbc.core.SqlTypeValue.TYPE_UNKNOWN;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;
    private final AdminUnits adminUnits;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ImportProperties properties;
    private final vn.htxso.registry.internal.FiguresCache registryChanges;
    private final ApplicationEventPublisher events;
    private final UpdatePreview updatePreview;

    CooperativeImport(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AdminUnits adminUnits,
                      AuditLog auditLog, Clock clock, ImportProperties properties,
                      vn.htxso.registry.internal.FiguresCache changes, ApplicationEventPublisher events,
                      UpdatePreview updatePreview) {
        this.updatePreview = updatePreview;
        this.registryChanges = changes;
        this.events = events;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
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
        Map<String, Existing> existing = lookUp(rows);
        if (ownProvince != null) {
            List<ImportRow> allowed = new ArrayList<>(rows.size());
            for (ImportRow row : rows) {
                Existing known = existing.get(row.registrationNo());
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
        int[] counts = null;
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
        return new Outcome(counts[0], counts[1], rejected, errors, true, false, total);
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

    record Existing(UUID id, String provinceCode) {
    }

    private Map<String, Existing> lookUp(List<ImportRow> rows) {
        Map<String, Existing> found = new HashMap<>();
        int chunk = 1000;
        for (int from = 0; from < rows.size(); from += chunk) {
            List<String> numbers = rows.subList(from, Math.min(rows.size(), from + chunk)).stream()
                    .map(ImportRow::registrationNo).toList();
            named.query("select id, registration_no, province_code from organisations where registration_no in (:n)",
                    Map.of("n", numbers), rs -> {
                        found.put(rs.getString("registration_no"),
                                new Existing(rs.getObject("id", UUID.class), rs.getString("province_code")));
                    });
        }
        return found;
    }

    /** Writes the rows in the current transaction; returns {inserted, updated}. */
    private int[] write(CurrentUser user, String filename, List<ImportRow> rows, Progress progress) {
        Map<String, Existing> existing = lookUp(rows);
        OffsetDateTime now = VnTime.now(clock);
        OffsetDateTime stamp = now;
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        Map<ImportRow, UUID> ids = new HashMap<>();
        for (ImportRow row : rows) {
            Existing known = existing.get(row.registrationNo());
            if (known == null) {
                UUID id = UUID.randomUUID();
                ids.put(row, id);
                inserts.add(new Object[] {id, row.registrationNo(), row.name(), VietnameseText.fold(row.name()),
                    row.kind().name(), row.provinceCode(), row.commune(), row.sector().name(),
                    (row.status() == null ? vn.htxso.registry.OrganisationStatus.ACTIVE : row.status()).name(),
                    date(row.foundedOn()), row.members() == null ? 0 : row.members(), row.charterCapitalVnd(),
                    stamp, stamp});
                changes.add(new Object[] {id, stamp, user.username(), "IMPORTED", filename});
            } else {
                ids.put(row, known.id());
                updates.add(new Object[] {row.name(), VietnameseText.fold(row.name()), row.kind().name(),
                    row.provinceCode(), row.commune(), row.sector().name(),
                    row.status() == null ? null : row.status().name(), date(row.foundedOn()), row.members(),
                    row.charterCapitalVnd(), stamp, known.id()});
                changes.add(new Object[] {known.id(), stamp, user.username(), "IMPORT_UPDATED", filename});
            }
        }
        int batch = properties.batchSize();
        long done = 0;
        long total = rows.size();
        for (List<Object[]> part : chunks(inserts, batch)) {
            jdbc.batchUpdate("""
                    insert into organisations (id, registration_no, name, name_key, kind, province_code, commune_name,
                      sector, status, founded_on, members, charter_capital_vnd, created_at, updated_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", part,
                    new int[] {U, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.INTEGER, Types.BIGINT,
                        U, U});
            done += part.size();
            progress.update("writing", done, total);
        }
        for (List<Object[]> part : chunks(updates, batch)) {
            jdbc.batchUpdate("""
                    update organisations set name = ?, name_key = ?, kind = ?, province_code = ?, commune_name = ?,
                      sector = ?, status = coalesce(?, status), founded_on = coalesce(?, founded_on),
                      members = coalesce(?, members), charter_capital_vnd = coalesce(?, charter_capital_vnd),
                      updated_at = ?, version = version + 1
                    where id = ?""", part,
                    new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.INTEGER, Types.BIGINT,
                        U, U});
            done += part.size();
            progress.update("writing", done, total);
        }
        writeReports(rows, ids, stamp, user.username(), batch);
        for (List<Object[]> part : chunks(changes, batch)) {
            jdbc.batchUpdate("insert into organisation_changes (organisation_id, changed_at, actor, action, details) "
                            + "values (?, ?, ?, ?, ?)", part,
                    new int[] {U, U, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        }
        registryChanges.changed();
        auditLog.record(AuditLog.AuditEntry.of("registry.import.committed", "import", filename,
                        "imported=" + inserts.size() + " updated=" + updates.size())
                .inProvince(user.isNationalAdmin() ? null : user.provinceCode()));
        events.publishEvent(new CooperativesImported(UUID.randomUUID(), filename,
                user.isNationalAdmin() ? null : user.provinceCode(), inserts.size(), updates.size(), user.username(),
                clock.instant()));
        return new int[] {inserts.size(), updates.size()};
    }

    private void writeReports(List<ImportRow> rows, Map<ImportRow, UUID> ids, OffsetDateTime stamp, String actor,
                              int batch) {
        List<ImportRow> withReport = rows.stream().filter(ImportRow::hasReport).toList();
        int[] types = {Types.INTEGER, Types.INTEGER, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT,
            U, Types.VARCHAR, U, Types.INTEGER};
        for (int from = 0; from < withReport.size(); from += batch) {
            List<ImportRow> part = withReport.subList(from, Math.min(withReport.size(), from + batch));
            List<Object[]> args = part.stream().map(r -> new Object[] {r.members(), r.workers(), r.revenueVnd(),
                r.profitVnd(), r.charterCapitalVnd(), r.avgWorkerIncomeVnd(), stamp, actor, ids.get(r), r.year()})
                    .toList();
            int[] updated = jdbc.batchUpdate("""
                    update annual_reports set members = coalesce(?, members), workers = coalesce(?, workers),
                      revenue_vnd = ?, profit_vnd = ?, charter_capital_vnd = coalesce(?, charter_capital_vnd),
                      avg_worker_income_vnd = ?, updated_at = ?, updated_by = ?
                    where organisation_id = ? and report_year = ?""", args, types);
            List<Object[]> inserts = new ArrayList<>();
            for (int i = 0; i < part.size(); i++) {
                if (updated[i] == 0) {
                    inserts.add(args.get(i));
                }
            }
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate("""
                        insert into annual_reports (members, workers, revenue_vnd, profit_vnd, charter_capital_vnd,
                          avg_worker_income_vnd, updated_at, updated_by, organisation_id, report_year)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts, types);
            }
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < list.size(); from += size) {
            parts.add(list.subList(from, Math.min(list.size(), from + size)));
        }
        return parts;
    }
}
