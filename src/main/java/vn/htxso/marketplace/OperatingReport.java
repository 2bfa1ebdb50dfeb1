package vn.htxso.marketplace;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.MarketFigures;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.VnTime;

/**
 * The alliance's operating report of the market for any period: shops, verified shops, products, OCOP products,
 * orders, completed orders, GMV, cancellation rate and the share of ethnic-minority household sellers, by
 * province and by month, from {@link MarketFigures}' aggregate counts.
 */
@Service
@Transactional(readOnly = true)
public class OperatingReport {

    public static final int MAX_MONTHS = 60;

    private final MarketFigures market;

    private final vn.htxso.platform.AdminUnits adminUnits;

    OperatingReport(MarketFigures market, vn.htxso.platform.AdminUnits adminUnits) {
        this.market = market;
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

        static Figures of(MarketFigures.ShopCounts c) {
            return new Figures(c.shops(), c.verified(), c.ethnicMinorityOwned(), 0, 0, 0, 0, 0, 0);
        }

        static Figures of(MarketFigures.ProductCounts c) {
            return new Figures(0, 0, 0, c.products(), c.ocop(), 0, 0, 0, 0);
        }

        static Figures of(MarketFigures.OrderCounts c) {
            return new Figures(0, 0, 0, 0, 0, c.orders(), c.completed(), c.cancelled(), c.gmvVnd());
        }
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

        CommuneFigures plus(CommuneFigures o) {
            return new CommuneFigures(verifiedShops + o.verifiedShops, activeProducts + o.activeProducts,
                    ocopProducts + o.ocopProducts, orders + o.orders, vietQrOrders + o.vietQrOrders,
                    salesVnd + o.salesVnd);
        }
    }

    /** {@link CommuneFigures} of every commune of a province with a shop, by the commune name the shops write (no user check: for other modules). */
    public Map<String, CommuneFigures> byCommune(String provinceCode, LocalDate from, LocalDate to) {
        Map<String, CommuneFigures> result = new TreeMap<>();
        for (MarketFigures.CommuneShops c : market.communeShops(provinceCode, VnTime.startOf(to.plusDays(1)), to)) {
            result.merge(c.commune(), new CommuneFigures(c.verifiedShops(), c.activeProducts(), c.ocopProducts(),
                    0, 0, 0), CommuneFigures::plus);
        }
        for (MarketFigures.CommuneOrders c : market.communeOrders(provinceCode, VnTime.startOf(from),
                VnTime.startOf(to.plusDays(1)))) {
            result.merge(c.commune(), new CommuneFigures(0, 0, 0, c.orders(), c.vietQrOrders(), c.salesVnd()),
                    CommuneFigures::plus);
        }
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
        var start = VnTime.startOf(from);
        var end = VnTime.startOf(to.plusDays(1));
        Map<String, Figures> byProvince = new TreeMap<>();
        market.shopsByProvince(scope, end).forEach(c -> byProvince.merge(c.place(), Figures.of(c), Figures::plus));
        market.productsByProvince(scope, end, to)
                .forEach(c -> byProvince.merge(c.place(), Figures.of(c), Figures::plus));
        market.ordersByProvince(scope, start, end)
                .forEach(c -> byProvince.merge(c.place(), Figures.of(c), Figures::plus));
        List<ProvinceRow> provinces = new ArrayList<>();
        Figures totals = Figures.ZERO;
        for (Map.Entry<String, Figures> e : byProvince.entrySet()) {
            provinces.add(new ProvinceRow(e.getKey(), e.getValue()));
            totals = totals.plus(e.getValue());
        }

        List<MonthRow> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            MarketFigures.OrderCounts c = market.orders(scope, VnTime.startOf(first), VnTime.startOf(last.plusDays(1)));
            months.add(new MonthRow(m, c.orders(), c.completed(), c.cancelled(), c.gmvVnd()));
        }
        return new Report(from, to, scope, totals, provinces, months);
    }
}
