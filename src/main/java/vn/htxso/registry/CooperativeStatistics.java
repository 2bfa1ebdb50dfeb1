package vn.htxso.registry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.registry.internal.FiguresCache;


/**
 * Aggregates of the registry, each one SQL query over the province's (or the nation's) rows: nothing is loaded
 * row by row. Averages are sums divided by counts of the reports that state the figure, rounded half up.
 */
@Service
@Transactional(readOnly = true)
public class CooperativeStatistics {

    private final JdbcTemplate jdbc;
    private final FiguresCache changes;

    CooperativeStatistics(JdbcTemplate jdbc, FiguresCache changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    public record Counts(long total, long active, long members, Map<OrganisationKind, Long> byKind) {
    }

    /** Averages over the reports of one year: how many reports, and the averages of those that state the figure. */
    public record Averages(int year, long reports, Long averageRevenueVnd, Long averageWorkerIncomeVnd,
                           long reportedMembers) {
    }

    public Counts counts(String province) {
        return changes.remember("counts:" + province, () -> countsNow(province));
    }

    private Counts countsNow(String province) {
        Where where = where(province, "o");
        Map<OrganisationKind, Long> byKind = new EnumMap<>(OrganisationKind.class);
        for (OrganisationKind kind : OrganisationKind.values()) {
            byKind.put(kind, 0L);
        }
        long[] totals = new long[3];
        jdbc.query("select o.kind, count(*) n, sum(case when o.status = 'ACTIVE' then 1 else 0 end) a, "
                + "coalesce(sum(o.members), 0) m from organisations o where " + where.sql + " group by o.kind", rs -> {
                    byKind.put(OrganisationKind.valueOf(rs.getString(1)), rs.getLong(2));
                    totals[0] += rs.getLong(2);
                    totals[1] += rs.getLong(3);
                    totals[2] += rs.getLong(4);
                }, where.args());
        return new Counts(totals[0], totals[1], totals[2], byKind);
    }

    /** The latest year with reports in the scope, or {@code null}. */
    public Integer latestYear(String province) {
        return changes.remember("latest:" + province, () -> latestYearNow(province));
    }

    private Integer latestYearNow(String province) {
        if (province == null) {
            return jdbc.queryForObject("select max(report_year) from annual_reports", Integer.class);
        }
        Where where = where(province, "o");
        return jdbc.queryForObject("select max(r.report_year) from annual_reports r join organisations o on "
                + "o.id = r.organisation_id where " + where.sql, Integer.class, where.args());
    }

    public Averages averages(String province, int year) {
        return changes.remember("averages:" + province + ":" + year, () -> averagesNow(province, year));
    }

    private Averages averagesNow(String province, int year) {
        Where where = where(province, "o");
        String from = province == null ? "annual_reports r where 1 = 1"
                : "annual_reports r join organisations o on o.id = r.organisation_id where " + where.sql;
        List<Object> args = new ArrayList<>(List.of(where.args()));
        args.add(year);
        return jdbc.queryForObject("select count(*), sum(r.revenue_vnd), count(r.revenue_vnd), "
                + "sum(r.avg_worker_income_vnd), count(r.avg_worker_income_vnd), coalesce(sum(r.members), 0) "
                + "from " + from + " and r.report_year = ?", (rs, i) -> new Averages(year, rs.getLong(1),
                average(rs.getBigDecimal(2), rs.getLong(3)), average(rs.getBigDecimal(4), rs.getLong(5)),
                rs.getLong(6)), args.toArray());
    }

    /** Counts of organisations by a column (kind, status, sector or commune_name), largest first. */
    public Map<String, long[]> countBy(String column, String province) {
        return changes.remember("by:" + column + ":" + province, () -> countByNow(column, province));
    }

    private Map<String, long[]> countByNow(String column, String province) {
        if (!List.of("kind", "status", "sector", "commune_name", "province_code").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        Where where = where(province, "o");
        Map<String, long[]> result = new LinkedHashMap<>();
        jdbc.query("select o." + column + ", count(*), sum(case when o.status = 'ACTIVE' then 1 else 0 end), "
                + "coalesce(sum(o.members), 0) from organisations o where " + where.sql + " group by o." + column
                + " order by count(*) desc, o." + column, rs -> {
                    result.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }, where.args());
        return result;
    }

    /** Members in the registers (still members): all, women, from ethnic minorities. */
    public record Inclusion(long registered, long women, long ethnicMinority) {
    }

    public Inclusion inclusion(String province) {
        return changes.remember("inclusion:" + province, () -> {
            Where where = where(province, "o");
            return jdbc.queryForObject("select coalesce(sum(o.registered_members), 0), coalesce(sum(o.women_members), 0), "
                    + "coalesce(sum(o.minority_members), 0) from organisations o where " + where.sql,
                    (rs, i) -> new Inclusion(rs.getLong(1), rs.getLong(2), rs.getLong(3)), where.args());
        });
    }

    /** Counts and averages by commune of one province for a year. */
    public record CommuneRow(String commune, long total, long active, long members, Long averageRevenueVnd) {
    }

    public List<CommuneRow> byCommune(String province, Integer year) {
        return changes.remember("communes:" + province + ":" + year, () -> byCommuneNow(province, year));
    }

    private List<CommuneRow> byCommuneNow(String province, Integer year) {
        return jdbc.query("select o.commune_name, count(*), sum(case when o.status = 'ACTIVE' then 1 else 0 end), "
                + "coalesce(sum(o.members), 0), sum(r.revenue_vnd), count(r.revenue_vnd) from organisations o "
                + "left join annual_reports r on r.organisation_id = o.id and r.report_year = ? "
                + "where o.province_code = ? group by o.commune_name order by count(*) desc, o.commune_name",
                (rs, i) -> new CommuneRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        average(rs.getBigDecimal(5), rs.getLong(6))), year == null ? 0 : year, province);
    }

    static Long average(java.math.BigDecimal sum, long count) {
        if (sum == null || count == 0) {
            return null;
        }
        return sum.divide(java.math.BigDecimal.valueOf(count), 0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private record Where(String sql, Object[] args) {
    }

    private static Where where(String province, String alias) {
        return province == null ? new Where("1 = 1", new Object[0])
                : new Where(alias + ".province_code = ?", new Object[] {province});
    }
}
