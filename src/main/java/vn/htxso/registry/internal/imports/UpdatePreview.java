package vn.htxso.registry.internal.imports;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.htxso.registry.ImportColumn;
import vn.htxso.registry.PlannedUpdate;
import vn.htxso.registry.PlannedUpdate.FieldChange;
import vn.htxso.registry.internal.imports.StoredValues.Current;
import vn.htxso.registry.internal.imports.StoredValues.Report;

/**
 * Compares the rows of an import that name a registered organisation with what is stored, column by column, as the
 * write would apply them: a blank optional cell keeps the stored value; a row with a year replaces that year's
 * report. Rows that would change nothing are left out.
 */
@Component
public class UpdatePreview {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final StoredValues stored;

    UpdatePreview(StoredValues stored) {
        this.stored = stored;
    }

    /** The changes of at most {@code limit} rows, in file order; rows naming no registered organisation are skipped. */
    public List<PlannedUpdate> of(List<ImportRow> rows, int limit) {
        List<ImportRow> known = new ArrayList<>();
        Map<String, Current> current = stored.byRegistrationNo(rows.stream().map(ImportRow::registrationNo).toList());
        for (ImportRow row : rows) {
            if (current.containsKey(row.registrationNo())) {
                known.add(row);
            }
        }
        List<PlannedUpdate> updates = new ArrayList<>();
        for (ImportRow row : known) {
            if (updates.size() >= limit) {
                break;
            }
            Current was = current.get(row.registrationNo());
            List<FieldChange> fields = new ArrayList<>();
            text(fields, ImportColumn.NAME, was.name(), row.name());
            coded(fields, ImportColumn.KIND, "registry.OrganisationKind.", was.kind(), row.kind().name());
            text(fields, ImportColumn.PROVINCE_CODE, was.provinceCode(), row.provinceCode());
            text(fields, ImportColumn.COMMUNE, was.commune(), row.commune());
            coded(fields, ImportColumn.SECTOR, "registry.Sector.", was.sector(), row.sector().name());
            if (row.status() != null) {
                coded(fields, ImportColumn.STATUS, "registry.OrganisationStatus.", was.status(), row.status().name());
            }
            if (row.foundedOn() != null) {
                text(fields, ImportColumn.FOUNDED_ON, date(was.foundedOn()), date(row.foundedOn()));
            }
            if (row.members() != null) {
                text(fields, ImportColumn.MEMBERS, number(was.members()), number(row.members()));
            }
            if (row.charterCapitalVnd() != null) {
                text(fields, ImportColumn.CHARTER_CAPITAL_VND, number(was.charterCapitalVnd()),
                        number(row.charterCapitalVnd()));
            }
            if (row.hasReport()) {
                Report report = was.reports().get(row.year());
                if (report == null) {
                    text(fields, ImportColumn.YEAR, null, String.valueOf(row.year()));
                    report = Report.NONE;
                }
                // the report's money columns are replaced as the file has them (blank clears), the counts kept
                text(fields, ImportColumn.REVENUE_VND, number(report.revenueVnd()), number(row.revenueVnd()));
                text(fields, ImportColumn.PROFIT_VND, number(report.profitVnd()), number(row.profitVnd()));
                if (row.workers() != null) {
                    text(fields, ImportColumn.WORKERS, number(report.workers()), number(row.workers()));
                }
                text(fields, ImportColumn.AVG_WORKER_INCOME_VND, number(report.avgWorkerIncomeVnd()),
                        number(row.avgWorkerIncomeVnd()));
            }
            if (!fields.isEmpty()) {
                updates.add(new PlannedUpdate(row.rowNumber(), row.registrationNo(), was.id(), was.name(),
                        List.copyOf(fields)));
            }
        }
        return List.copyOf(updates);
    }

    private static void text(List<FieldChange> fields, ImportColumn column, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(column.key(), before, after, false));
        }
    }

    private static void coded(List<FieldChange> fields, ImportColumn column, String prefix, String before,
                              String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(column.key(), before == null ? null : prefix + before, prefix + after, true));
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : DMY.format(date);
    }

    private static String number(Number value) {
        return value == null ? null : NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(value);
    }
}
