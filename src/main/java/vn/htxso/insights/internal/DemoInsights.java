package vn.htxso.insights.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Random;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.platform.Fixture;
import vn.htxso.platform.VietnameseText;
import vn.htxso.platform.VnFormat;

/**
 * Demo data that makes the insights show something true (demo profile only, deterministic, skips when present):
 * two and a half years of weekly orders of the demo seller's forest honey, with a peak before Tết and a smaller one in the
 * summer harvest, so that its forecast is seasonal. The orders are completed, of a buyer without an account, so no
 * one's order list or to-do changes.
 */
@Component
@Profile("demo")
@Order(300)
class DemoInsights implements Fixture {

    static final UUID SHOP = UUID.fromString("b1000000-0000-4000-8000-000000000002");
    static final UUID HONEY = UUID.fromString("e1000000-0000-4000-8000-000000000005");
    static final UUID BUYER = UUID.fromString("d0000000-0000-4000-8000-0000000000f1");
    static final long PRICE = 350_000;
    static final int WEEKS = 130;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoInsights(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void load() {
        transactions.executeWithoutResult(status -> {
            boolean present = jdbc.sql("select count(*) from orders where code like 'DHFC%'").query(Long.class)
                    .single() > 0;
            boolean honey = jdbc.sql("select count(*) from products where id = ?").param(HONEY).query(Long.class)
                    .single() > 0;
            if (!present && honey) {
                honeyOrders();
            }
            boolean reports = jdbc.sql("select count(*) from organisations where id = ?").param(IMPLAUSIBLE[0])
                    .query(Long.class).single() > 0;
            if (!reports) {
                implausibleReports();
            }
        });
    }

    /** Weekly jars of honey: about 8 a week, up to about 30 in the weeks before Tết, about 15 in June. */
    private void honeyOrders() {
        Random random = new Random(80);
        LocalDate thisWeek = LocalDate.now(clock.withZone(VnFormat.ZONE))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        DateTimeFormatter code = DateTimeFormatter.ofPattern("yyMMdd");
        for (int w = WEEKS; w >= 1; w--) {
            LocalDate week = thisWeek.minusWeeks(w);
            int dayOfYear = week.getDayOfYear();
            double tet = Math.exp(-Math.pow(circular(dayOfYear - 25) / 18.0, 2));
            double summer = Math.exp(-Math.pow(circular(dayOfYear - 170) / 20.0, 2));
            long jars = Math.max(0, Math.round(8 + 22 * tet + 7 * summer + random.nextGaussian() * 2));
            if (jars == 0) {
                continue;
            }
            OffsetDateTime placed = week.plusDays(2).atTime(19, 30).atZone(VnFormat.ZONE).toOffsetDateTime();
            UUID id = UUID.nameUUIDFromBytes(("insights-demo-honey-" + w).getBytes());
            jdbc.sql("""
                    insert into orders (id, code, shop_id, buyer_id, status, payment_method, paid_at, subtotal_vnd,
                      delivery_fee_vnd, total_vnd, ship_name, ship_phone, ship_province, ship_commune, ship_street,
                      placed_at, updated_at)
                    values (?, ?, ?, ?, 'COMPLETED', 'VIETQR', ?, ?, 0, ?, 'Cửa hàng đặc sản Vinh', '0912000080', '40',
                      'Phường Thành Vinh', '15 Quang Trung', ?, ?)""")
                    .params(id, "DHFC" + week.format(code) + String.format("%03d", w), SHOP, BUYER, placed,
                            jars * PRICE, jars * PRICE, placed, placed)
                    .update();
            jdbc.sql("""
                    insert into order_lines (order_id, product_id, product_name, unit, unit_price_vnd, quantity,
                      line_total_vnd) values (?, ?, 'Mật ong rừng Con Cuông', 'chai', ?, ?, ?)""")
                    .params(id, HONEY, PRICE, jars, jars * PRICE).update();
        }
    }

    static final UUID[] IMPLAUSIBLE = {UUID.fromString("a8000000-0000-4000-8000-000000000001"),
        UUID.fromString("a8000000-0000-4000-8000-000000000002"), UUID.fromString("a8000000-0000-4000-8000-000000000003")};

    /**
     * Three Nghệ An co-ops whose latest reports are implausible, each for a different reason: 3 official members in
     * an HTX; revenue ten times the year before (a zero too many); more member workers than members.
     */
    private void implausibleReports() {
        Integer latest = jdbc.sql("""
                select max(r.report_year) from annual_reports r join organisations o on o.id = r.organisation_id
                where o.province_code = '40'""").query(Integer.class).single();
        int year = latest == null ? LocalDate.now(clock.withZone(VnFormat.ZONE)).getYear() - 1 : latest;
        OffsetDateTime now = clock.instant().atZone(VnFormat.ZONE).toOffsetDateTime();
        String[][] orgs = {
            {"4080000901", "HTX Dịch vụ nông nghiệp Nam Thanh", "Xã Nam Đàn", "AGRICULTURE"},
            {"4080000902", "HTX Chè Hạnh Lâm Xanh", "Xã Hạnh Lâm", "AGRICULTURE"},
            {"4080000903", "HTX Mây tre đan Thanh Đồng", "Xã Thanh Chương", "HANDICRAFT"}};
        int[][] figures = {{3, 8, 2}, {18, 25, 10}, {12, 45, 40}};
        long[][] money = {{1_200_000_000L, 1_150_000_000L}, {2_400_000_000L, 24_000_000_000L},
            {900_000_000L, 950_000_000L}};
        for (int i = 0; i < orgs.length; i++) {
            jdbc.sql("""
                    insert into organisations (id, registration_no, name, name_key, kind, province_code, commune_name,
                      sector, status, members, charter_capital_vnd, created_at, updated_at, version)
                    values (?, ?, ?, ?, 'HTX', '40', ?, ?, 'ACTIVE', ?, 500000000, ?, ?, 0)""")
                    .params(IMPLAUSIBLE[i], orgs[i][0], orgs[i][1], VietnameseText.fold(orgs[i][1]), orgs[i][2], orgs[i][3], figures[i][0], now, now)
                    .update();
            for (int back = 1; back >= 0; back--) {
                jdbc.sql("""
                        insert into annual_reports (organisation_id, report_year, members, workers, member_workers,
                          revenue_vnd, profit_vnd, charter_capital_vnd, avg_worker_income_vnd, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, 500000000, 48000000, ?, 'demo')""")
                        .params(IMPLAUSIBLE[i], year - back, figures[i][0], figures[i][1], figures[i][2],
                                money[i][1 - back], money[i][1 - back] / 20, now).update();
            }
        }
    }

    /** Distance in days on the year's circle. */
    private static double circular(int days) {
        int d = Math.floorMod(days, 365);
        return Math.min(d, 365 - d);
    }
}
