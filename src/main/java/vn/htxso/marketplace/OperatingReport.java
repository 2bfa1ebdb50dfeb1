package vn.htxso.marketplace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.VnFormat;

/**
 * The alliance's operating report of the market for any period: shops, verified shops, products, OCOP products,
 * orders, completed orders, GMV, cancellation rate and the share of ethnic-minority household sellers, by
 * province and by month. Aggregate SQL only: nothing is loaded row by row.
 */
@Service
@Transactional(readOnly = true)
public class OperatingReport {

    public static final int MAX_MONTHS = 60;

    private final JdbcClient jdbc;

    private final vn.htxso.platform.AdminUnits adminUnits;

    OperatingReport(JdbcClient jdbc, vn.htxso.platform.AdminUnits adminUnits) {
        this.jdbc = jdbc;
        this.adminUnits = adminUnits;
    }

    public record Figures(long shops, long verifiedShops, long ethnicShops, long products, long ocopProducts,
                          long orders, long completed, long cancelled, long gmvVnd) {

        public double cancellationRate() {
            return orders == 0 ? 0 : (double) cancelled / orders;
        }

        public double ethnicShare() {
            return shops == 0 ? 0 : (double) ethnicShops / shops;
        }

        Figures plus(Figures o) {
            return new Figures(shops + o.shops, verifiedShops + o.verifiedShops, ethnicShops + o.ethnicShops,
                    products + o.products, ocopProducts + o.ocopProducts, orders + o.orders,
                    completed + o.completed, cancelled + o.cancelled, gmvVnd + o.gmvVnd);
        }

        static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public record ProvinceRow(String provinceCode, Figures figures) {
    }

    public record MonthRow(YearMonth month, long orders, long completed, long cancelled, long gmvVnd) {
    }

    public record Report(LocalDate from, LocalDate to, String province, Figures totals, List<ProvinceRow> byProvince,
                         List<MonthRow> byMonth) {
    }

    /**
     * The market in one commune: shops verified by {@code to}, their active products and valid OCOP products on
     * {@code to}, and the orders placed from {@code from} to {@code to} (inclusive) not cancelled.
     */
    public record CommuneFigures(long verifiedShops, long activeProducts, long ocopProducts, long orders,
                                 long vietQrOrders, long salesVnd) {
    }

    /** {@link CommuneFigures} of every commune of a province with a shop, by the commune name the shops write (no user check: for other modules). */
    public Map<String, CommuneFigures> byCommune(String provinceCode, LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(VnFormat.ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(VnFormat.ZONE).toOffsetDateTime();
        Map<String, long[]> rows = new TreeMap<>();
        jdbc.sql("""
                select s.commune_name, count(distinct s.id), count(p.id),
                       sum(case when p.ocop_stars is not null and p.ocop_expires_on >= :day then 1 else 0 end)
                from shops s left join products p on p.shop_id = s.id and p.active = true and p.created_at < :end
                where s.province_code = :province and s.verified = true and s.verified_at < :end
                group by s.commune_name""")
                .param("province", provinceCode).param("end", end).param("day", to)
                .query(rs -> {
                    long[] v = rows.computeIfAbsent(rs.getString(1), k -> new long[6]);
                    v[0] = rs.getLong(2);
                    v[1] = rs.getLong(3);
                    v[2] = rs.getLong(4);
                });
        jdbc.sql("""
                select s.commune_name, count(*), sum(case when o.payment_method = 'VIETQR' then 1 else 0 end),
                       sum(o.total_vnd)
                from orders o join shops s on s.id = o.shop_id
                where s.province_code = :province and o.status <> 'CANCELLED'
                  and o.placed_at >= :start and o.placed_at < :end
                group by s.commune_name""")
                .param("province", provinceCode).param("start", start).param("end", end)
                .query(rs -> {
                    long[] v = rows.computeIfAbsent(rs.getString(1), k -> new long[6]);
                    v[3] = rs.getLong(2);
                    v[4] = rs.getLong(3);
                    v[5] = rs.getLong(4);
                });
        Map<String, CommuneFigures> result = new TreeMap<>();
        rows.forEach((commune, v) -> result.put(commune, new CommuneFigures(v[0], v[1], v[2], v[3], v[4], v[5])));
        return result;
    }

    /**
     * @param from first day (inclusive), {@code to} last day (inclusive), dates in Vietnam
     * @param province a province code, or {@code null} for all (national admins only)
     */
    public Report report(CurrentUser admin, LocalDate from, LocalDate to, String province) {
        if (admin == null || !admin.isAdmin()) {
            throw new Forbidden();
        }
        String scope = admin.isNationalAdmin() ? (province == null || province.isBlank() ? null : province)
                : admin.provinceCode();
        if (scope != null && !adminUnits.isProvince(scope)) {
            // an unknown code (CR/LF, quotes …) never reaches a query or a download's file name
            throw new vn.htxso.platform.NotFound("province");
        }
        if (scope != null && !admin.administers(scope)) {
            throw new Forbidden();
        }
        if (from == null || to == null || to.isBefore(from)
                || ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) >= MAX_MONTHS) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "marketplace.report.period", MAX_MONTHS);
        }
        OffsetDateTime start = from.atStartOfDay(VnFormat.ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(VnFormat.ZONE).toOffsetDateTime();
        String shopScope = scope == null ? "" : " and s.province_code = :province";

        Map<String, long[]> byProvince = new TreeMap<>();
        jdbc.sql("""
                select s.province_code, count(*),
                       sum(case when s.verified then 1 else 0 end),
                       sum(case when s.ethnic_minority_owner then 1 else 0 end)
                from shops s where s.created_at < :end""" + shopScope + " group by s.province_code")
                .param("end", end).params(scope == null ? Map.of() : Map.of("province", scope))
                .query(rs -> {
                    long[] v = byProvince.computeIfAbsent(rs.getString(1), k -> new long[9]);
                    v[0] = rs.getLong(2);
                    v[1] = rs.getLong(3);
                    v[2] = rs.getLong(4);
                });
        jdbc.sql("""
                select s.province_code, count(*),
                       sum(case when p.ocop_stars is not null and p.ocop_expires_on >= :day then 1 else 0 end)
                from products p join shops s on s.id = p.shop_id
                where p.active = true and p.created_at < :end""" + shopScope + " group by s.province_code")
                .param("end", end).param("day", to).params(scope == null ? Map.of() : Map.of("province", scope))
                .query(rs -> {
                    long[] v = byProvince.computeIfAbsent(rs.getString(1), k -> new long[9]);
                    v[3] = rs.getLong(2);
                    v[4] = rs.getLong(3);
                });
        jdbc.sql("""
                select s.province_code, count(*),
                       sum(case when o.status = 'COMPLETED' then 1 else 0 end),
                       sum(case when o.status = 'CANCELLED' then 1 else 0 end),
                       sum(case when o.status <> 'CANCELLED' then o.total_vnd else 0 end)
                from orders o join shops s on s.id = o.shop_id
                where o.placed_at >= :start and o.placed_at < :end""" + shopScope + " group by s.province_code")
                .param("start", start).param("end", end).params(scope == null ? Map.of() : Map.of("province", scope))
                .query(rs -> {
                    long[] v = byProvince.computeIfAbsent(rs.getString(1), k -> new long[9]);
                    v[5] = rs.getLong(2);
                    v[6] = rs.getLong(3);
                    v[7] = rs.getLong(4);
                    v[8] = rs.getLong(5);
                });
        List<ProvinceRow> provinces = new ArrayList<>();
        Figures totals = Figures.ZERO;
        for (Map.Entry<String, long[]> e : byProvince.entrySet()) {
            long[] v = e.getValue();
            Figures f = new Figures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
            provinces.add(new ProvinceRow(e.getKey(), f));
            totals = totals.plus(f);
        }

        List<MonthRow> months = new ArrayList<>();
        String monthSql = scope == null ? """
                select count(*), sum(case when o.status = 'COMPLETED' then 1 else 0 end),
                       sum(case when o.status = 'CANCELLED' then 1 else 0 end),
                       sum(case when o.status <> 'CANCELLED' then o.total_vnd else 0 end)
                from orders o where o.placed_at >= :start and o.placed_at < :end""" : """
                select count(*), sum(case when o.status = 'COMPLETED' then 1 else 0 end),
                       sum(case when o.status = 'CANCELLED' then 1 else 0 end),
                       sum(case when o.status <> 'CANCELLED' then o.total_vnd else 0 end)
                from orders o join shops s on s.id = o.shop_id
                where o.placed_at >= :start and o.placed_at < :end and s.province_code = :province""";
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            YearMonth month = m;
            months.add(jdbc.sql(monthSql)
                    .param("start", first.atStartOfDay(VnFormat.ZONE).toOffsetDateTime())
                    .param("end", last.plusDays(1).atStartOfDay(VnFormat.ZONE).toOffsetDateTime())
                    .params(scope == null ? Map.of() : Map.of("province", scope))
                    .query((rs, n) -> new MonthRow(month, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                    .single());
        }
        return new Report(from, to, scope, totals, provinces, months);
    }
}
