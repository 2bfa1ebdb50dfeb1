package vn.htxso.registry.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.registry.CooperativeStatistics.Inclusion;
import vn.htxso.registry.CooperativeStatistics.Tally;
import vn.htxso.registry.Targets.Metric;
import vn.htxso.registry.Targets.Target;

/**
 * Aggregate SQL over the registry (counts, sums of the annual reports) and the development targets, for the
 * statistics and targets pages. A {@code province} of {@code null} means the nation. Nothing is loaded row by row.
 */
@Repository
public class RegistryFigures {

    /** A group (a kind, status, sector, commune or province) with its counts. */
    public record Group(String key, Tally tally) {
    }

    /** Organisations of a kind and their members. */
    public record KindCount(String kind, long organisations, long members) {
    }

    /** Sums of the annual reports of a year and how many reports state each figure. */
    public record ReportSums(long reports, BigDecimal revenueVnd, long revenueReports, BigDecimal workerIncomeVnd,
                             long workerIncomeReports, long members) {
    }

    /** A commune's organisations and the revenue sum of their reports of a year. */
    public record CommuneSums(String commune, Tally tally, BigDecimal revenueVnd, long revenueReports) {
    }

    /** The columns {@link #groupedBy} may group by. */
    public static final List<String> GROUPS = List.of("kind", "status", "sector", "commune_name", "province_code");

    private final JdbcClient jdbc;

    RegistryFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Organisations by one of {@link #GROUPS}, the largest group first. */
    public List<Group> groupedBy(String column, String province) {
        if (!GROUPS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        Where where = where(province);
        return jdbc.sql("select o." + column + ", count(*), sum(case when o.status = 'ACTIVE' then 1 else 0 end), "
                        + "coalesce(sum(o.members), 0) from organisations o where " + where.sql + " group by o."
                        + column + " order by count(*) desc, o." + column)
                .params(where.args)
                .query((rs, i) -> new Group(rs.getString(1), new Tally(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list();
    }

    /** The latest year with reports, or {@code null}. */
    public Integer latestReportYear(String province) {
        Where where = where(province);
        String from = province == null ? "annual_reports r"
                : "annual_reports r join organisations o on o.id = r.organisation_id where " + where.sql;
        return jdbc.sql("select max(r.report_year) from " + from).params(where.args)
                .query((rs, i) -> rs.getObject(1, Integer.class)).list().get(0);
    }

    public ReportSums reportSums(String province, int year) {
        Where where = where(province);
        String from = province == null ? "annual_reports r where 1 = 1"
                : "annual_reports r join organisations o on o.id = r.organisation_id where " + where.sql;
        List<Object> args = new ArrayList<>(where.args);
        args.add(year);
        return jdbc.sql("select count(*), sum(r.revenue_vnd), count(r.revenue_vnd), "
                        + "sum(r.avg_worker_income_vnd), count(r.avg_worker_income_vnd), coalesce(sum(r.members), 0) "
                        + "from " + from + " and r.report_year = ?")
                .params(args)
                .query((rs, i) -> new ReportSums(rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3),
                        rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6)))
                .single();
    }

    public Inclusion inclusion(String province) {
        Where where = where(province);
        return jdbc.sql("select coalesce(sum(o.registered_members), 0), coalesce(sum(o.women_members), 0), "
                        + "coalesce(sum(o.minority_members), 0) from organisations o where " + where.sql)
                .params(where.args).query((rs, i) -> new Inclusion(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /** The communes of a province, the largest first, with the revenue of their reports of {@code year}. */
    public List<CommuneSums> communes(String province, int year) {
        return jdbc.sql("select o.commune_name, count(*), sum(case when o.status = 'ACTIVE' then 1 else 0 end), "
                        + "coalesce(sum(o.members), 0), sum(r.revenue_vnd), count(r.revenue_vnd) from organisations o "
                        + "left join annual_reports r on r.organisation_id = o.id and r.report_year = ? "
                        + "where o.province_code = ? group by o.commune_name order by count(*) desc, o.commune_name")
                .params(year, province)
                .query((rs, i) -> new CommuneSums(rs.getString(1), new Tally(rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)), rs.getBigDecimal(5), rs.getLong(6)))
                .list();
    }

    /** Organisations not dissolved nor bankrupt, by kind: how many and their members. */
    public List<KindCount> standingByKind(String province) {
        Where where = where(province);
        return jdbc.sql("select o.kind, count(*), coalesce(sum(o.members), 0) from organisations o where "
                        + "o.status not in ('DISSOLVED', 'BANKRUPT') and " + where.sql + " group by o.kind")
                .params(where.args)
                .query((rs, i) -> new KindCount(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    public List<Target> targets(String scope) {
        return jdbc.sql("select * from development_targets where scope = ? order by id").param(scope)
                .query((rs, i) -> new Target(rs.getString("scope"), Metric.valueOf(rs.getString("metric")),
                        rs.getInt("target_year"), rs.getLong("target_value"),
                        rs.getObject("baseline_year", Integer.class), rs.getObject("baseline_value", Long.class)))
                .list();
    }

    /** Sets the target of a scope; a new one keeps {@code baselineYear} and {@code baseline} as its start. */
    public void setTarget(String scope, Metric metric, int targetYear, long value, int baselineYear, long baseline,
                          OffsetDateTime at, String by) {
        int updated = jdbc.sql("update development_targets set target_year = ?, target_value = ?, "
                        + "updated_at = ?, updated_by = ? where scope = ? and metric = ?")
                .params(targetYear, value, at, by, scope, metric.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into development_targets (scope, metric, target_year, target_value, baseline_year, "
                            + "baseline_value, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(scope, metric.name(), targetYear, value, baselineYear, baseline, at, by).update();
        }
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(String province) {
        return province == null ? new Where("1 = 1", List.of()) : new Where("o.province_code = ?", List.of(province));
    }
}
