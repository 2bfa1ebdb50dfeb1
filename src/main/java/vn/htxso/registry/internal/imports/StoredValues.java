package vn.htxso.registry.internal.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;

/** The stored values an import row would replace: organisations by registration number, with their reports. */
@Repository
class StoredValues {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    StoredValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Report(Long revenueVnd, Long profitVnd, Integer workers, Long avgWorkerIncomeVnd) {
        static final Report NONE = new Report(null, null, null, null);
    }

    record Current(UUID id, String name, String kind, String provinceCode, String commune, String sector,
                   String status, LocalDate foundedOn, Integer members, Long charterCapitalVnd,
                   Map<Integer, Report> reports) {
    }

    Map<String, Current> byRegistrationNo(List<String> numbers) {
        Map<String, Current> found = new HashMap<>();
        Map<UUID, Current> byId = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            List<String> part = numbers.subList(from, Math.min(numbers.size(), from + CHUNK));
            jdbc.sql("""
                    select id, registration_no, name, kind, province_code, commune_name, sector, status, founded_on,
                      members, charter_capital_vnd
                    from organisations where registration_no in (:numbers)""")
                    .param("numbers", part)
                    .query((rs, n) -> {
                        Current current = new Current(JdbcRows.uuid(rs, "id"), rs.getString("name"),
                                rs.getString("kind"), rs.getString("province_code"), rs.getString("commune_name"),
                                rs.getString("sector"), rs.getString("status"), JdbcRows.date(rs, "founded_on"),
                                JdbcRows.integer(rs, "members"), longOrNull(rs, "charter_capital_vnd"),
                                new HashMap<>());
                        found.put(rs.getString("registration_no"), current);
                        byId.put(current.id(), current);
                        return current;
                    }).list();
        }
        List<UUID> ids = List.copyOf(byId.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("""
                    select organisation_id, report_year, revenue_vnd, profit_vnd, workers, avg_worker_income_vnd
                    from annual_reports where organisation_id in (:ids)""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((rs, n) -> {
                        Report report = new Report(longOrNull(rs, "revenue_vnd"), longOrNull(rs, "profit_vnd"),
                                JdbcRows.integer(rs, "workers"), longOrNull(rs, "avg_worker_income_vnd"));
                        byId.get(JdbcRows.uuid(rs, "organisation_id")).reports().put(rs.getInt("report_year"), report);
                        return report;
                    }).list();
        }
        return found;
    }

    private static Long longOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
