package vn.htxso.registry.internal.imports;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.htxso.registry.OrganisationStatus;
import vn.htxso.platform.VietnameseText;

/**
 * {@link ImportWrites} in batched statements ({@code JdbcTemplate} because {@code JdbcClient} has no batch update):
 * the writes on H2 (the embedded default) and on any database other than PostgreSQL.
 */
final class BatchedImportWrites implements ImportWrites {

    private static final int U = SqlTypeValue.TYPE_UNKNOWN;
    private static final int LOOK_UP_CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    BatchedImportWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Map<String, Known> known(List<ImportRow> rows) {
        Map<String, Known> found = new HashMap<>();
        for (int from = 0; from < rows.size(); from += LOOK_UP_CHUNK) {
            List<String> numbers = rows.subList(from, Math.min(rows.size(), from + LOOK_UP_CHUNK)).stream()
                    .map(ImportRow::registrationNo).toList();
            named.query("select id, registration_no, province_code from organisations where registration_no in (:n)",
                    Map.of("n", numbers), rs -> {
                        found.put(rs.getString("registration_no"),
                                new Known(rs.getObject("id", UUID.class), rs.getString("province_code")));
                    });
        }
        return found;
    }

    @Override
    public Written write(List<ImportRow> rows, String actor, String filename, OffsetDateTime stamp, int batch,
                         LongConsumer written) {
        Map<String, Known> existing = known(rows);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        Map<ImportRow, UUID> ids = new HashMap<>();
        for (ImportRow row : rows) {
            Known known = existing.get(row.registrationNo());
            if (known == null) {
                UUID id = UUID.randomUUID();
                ids.put(row, id);
                inserts.add(new Object[] {id, row.registrationNo(), row.name(), VietnameseText.fold(row.name()),
                    row.kind().name(), row.provinceCode(), row.commune(), row.sector().name(),
                    (row.status() == null ? OrganisationStatus.ACTIVE : row.status()).name(),
                    date(row.foundedOn()), row.members() == null ? 0 : row.members(), row.charterCapitalVnd(),
                    stamp, stamp});
                changes.add(new Object[] {id, stamp, actor, "IMPORTED", filename});
            } else {
                ids.put(row, known.id());
                updates.add(new Object[] {row.name(), VietnameseText.fold(row.name()), row.kind().name(),
                    row.provinceCode(), row.commune(), row.sector().name(),
                    row.status() == null ? null : row.status().name(), date(row.foundedOn()), row.members(),
                    row.charterCapitalVnd(), stamp, known.id()});
                changes.add(new Object[] {known.id(), stamp, actor, "IMPORT_UPDATED", filename});
            }
        }
        long done = 0;
        for (List<Object[]> part : chunks(inserts, batch)) {
            jdbc.batchUpdate("""
                    insert into organisations (id, registration_no, name, name_key, kind, province_code, commune_name,
                      sector, status, founded_on, members, charter_capital_vnd, created_at, updated_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", part,
                    new int[] {U, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.INTEGER, Types.BIGINT,
                        U, U});
            done += part.size();
            written.accept(done);
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
            written.accept(done);
        }
        writeReports(rows, ids, stamp, actor, batch);
        for (List<Object[]> part : chunks(changes, batch)) {
            jdbc.batchUpdate("insert into organisation_changes (organisation_id, changed_at, actor, action, details) "
                            + "values (?, ?, ?, ?, ?)", part,
                    new int[] {U, U, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        }
        return new Written(inserts.size(), updates.size());
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
