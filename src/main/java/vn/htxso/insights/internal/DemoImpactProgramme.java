package vn.htxso.insights.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import vn.htxso.platform.Fixture;
import vn.htxso.platform.VietnameseText;
import vn.htxso.platform.VnFormat;

/**
 * A demo programme big enough for the impact report to give an ESTIMATE (demo profile only, deterministic, skipped
 * when present): 44 Nghệ An co-ops applied to an illustrative e-commerce pilot that started twelve months ago; 22 got
 * the package in three waves (months 1, 3 and 5 of the programme), 22 were not funded (the comparison group). Each has
 * an unverified shop (invisible in the market) with one completed order a month for the two years around the start,
 * served co-ops selling about 2.5 million VND a month more after their package, and two completed assessments (T0 a
 * few weeks before the start, T1 eight months after it), served co-ops gaining about 12 points against 4. The package
 * has the name of the Nghệ An programme's e-commerce package, so the assessment results page can say what similar
 * co-ops that took it gained. Inserted with batched statements: a second or so at the first demo start.
 */
@Component
@Profile("demo")
@Order(310)
class DemoImpactProgramme implements Fixture {

    static final UUID PROGRAMME = UUID.fromString("e8000000-0000-4000-8000-000000000001");
    static final UUID PACKAGE = UUID.fromString("f8000000-0000-4000-8000-000000000001");
    static final UUID PROVIDER = UUID.fromString("c0000000-0000-4000-8000-000000000001");
    static final UUID BUYER = UUID.fromString("d0000000-0000-4000-8000-0000000000f1");
    static final String PACKAGE_NAME = "Gian hàng thương mại điện tử và đào tạo bán hàng";
    static final int COOPS = 44;
    static final long EFFECT_VND = 2_500_000;
    private static final String[] COMMUNES = {"Xã Nam Đàn", "Xã Thanh Chương", "Xã Con Cuông", "Xã Quế Phong",
        "Xã Đô Lương", "Xã Yên Thành"};
    private static final String[] KINDS = {"Chè", "Cam", "Gạo", "Lạc", "Mật ong", "Dược liệu", "Gừng", "Nhút"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoImpactProgramme(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    static UUID id(int prefix, int i) {
        return UUID.fromString(String.format("%08x-0000-4000-8000-%012d", prefix, i));
    }

    @Override
    public void load() {
        Integer present = jdbc.queryForObject("select count(*) from programmes where id = ?", Integer.class, PROGRAMME);
        Integer provider = jdbc.queryForObject("select count(*) from providers where id = ?", Integer.class, PROVIDER);
        if (present != null && present > 0 || provider == null || provider == 0) {
            return;
        }
        transactions.executeWithoutResult(status -> insert());
    }

    private void insert() {
        YearMonth start = YearMonth.now(clock.withZone(VnFormat.ZONE)).minusMonths(12);
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(VnFormat.ZONE));
        BigDecimal max = jdbc.queryForObject("select max(max_score) from assessments", BigDecimal.class);
        double maxScore = max == null || max.signum() <= 0 ? 100 : max.doubleValue();
        jdbc.update("""
                insert into programmes (id, name, province_code, budget, reserved, paid, starts_on, ends_on,
                  subsidy_share_percent, cap_micro_vnd, cap_small_vnd, cap_medium_vnd, cap_large_vnd, eligible_provinces,
                  eligible_sectors, min_level, max_level, created_at)
                values (?, 'Thí điểm bán hàng trên sàn cho HTX Nghệ An (số liệu minh hoạ)', '40', 500000000, 0, ?, ?, ?,
                  50, 20000000, 50000000, 100000000, 100000000, '40', null, 0, 5, ?)""",
                PROGRAMME, 22L * 7_500_000, start.atDay(1), start.plusMonths(11).atEndOfMonth(), at(start.atDay(1)));
        jdbc.update("""
                insert into support_packages (id, programme_id, provider_id, code, name, content, price_vnd, dimensions,
                  active) values (?, ?, ?, 'PILOT-ECOMMERCE', ?, 'Gian hàng trên sàn, chụp ảnh sản phẩm, đào tạo bán
                  hàng trực tuyến 3 buổi.', 15000000, 'MARKETING', false)""", PACKAGE, PROGRAMME, PROVIDER,
                PACKAGE_NAME);
        Random random = new Random(2026);
        List<Object[]> orgs = new ArrayList<>();
        List<Object[]> shops = new ArrayList<>();
        List<Object[]> assessments = new ArrayList<>();
        List<Object[]> applications = new ArrayList<>();
        List<Object[]> orders = new ArrayList<>();
        YearMonth first = start.minusMonths(12);
        YearMonth last = YearMonth.now(clock.withZone(VnFormat.ZONE)).minusMonths(1);
        for (int i = 1; i <= COOPS; i++) {
            boolean treated = i % 2 == 1;
            int wave = treated ? 1 + 2 * ((i / 2) % 3) : -1; // programme months 1, 3, 5
            UUID org = id(0xa8100000, i);
            String name = "HTX " + KINDS[i % KINDS.length] + " " + COMMUNES[i % COMMUNES.length].substring(3)
                    + " số " + i;
            String commune = COMMUNES[i % COMMUNES.length];
            orgs.add(new Object[] {org, String.format("40809100%02d", i), name, VietnameseText.fold(name), commune,
                10 + i % 20, now, now});
            UUID shop = id(0xb8100000, i);
            shops.add(new Object[] {shop, org, name, commune, now});
            double t0 = 25 + (i * 7) % 30 + random.nextDouble() * 2;
            double t1 = t0 + (treated ? 12 : 4) + random.nextGaussian() * 3;
            OffsetDateTime t0At = at(start.atDay(1)).minusDays(20 + i % 7);
            OffsetDateTime t1At = at(start.plusMonths(8).atDay(5)).plusDays(i % 9);
            UUID before = id(0x98100000, i);
            UUID after = id(0x98200000, i);
            assessments.add(new Object[] {before, org, t0At, t0At, score(t0, maxScore), maxScore, level(t0)});
            assessments.add(new Object[] {after, org, t1At, t1At, score(t1, maxScore), maxScore, level(t1)});
            OffsetDateTime submitted = at(start.atDay(1)).plusDays(3 + i % 10);
            OffsetDateTime deployed = treated ? at(start.plusMonths(wave).atDay(10)) : null;
            applications.add(new Object[] {id(0xb8200000, i), PROGRAMME, PACKAGE, PROVIDER, org, name,
                treated ? "PAID" : "REJECTED", before, treated ? 7_500_000L : 0L, treated ? 7_500_000L : 0L,
                submitted, submitted, deployed, deployed == null ? null : deployed.plusDays(7),
                deployed == null ? null : deployed.plusDays(30)});
            double base = 3_000_000 + (i * 1_370_000L) % 9_000_000;
            int t = 0;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1), t++) {
                double season = 1 + 0.15 * Math.sin(2 * Math.PI * m.getMonthValue() / 12.0);
                double y = base * season + 40_000.0 * t + random.nextGaussian() * 400_000;
                if (treated) {
                    YearMonth served = start.plusMonths(wave);
                    if (m.equals(served)) {
                        y += EFFECT_VND * 0.6;
                    } else if (m.isAfter(served)) {
                        y += EFFECT_VND;
                    }
                }
                long total = Math.max(50_000, Math.round(y / 1000) * 1000);
                OffsetDateTime placed = at(m.atDay(15)).withHour(10);
                orders.add(new Object[] {UUID.nameUUIDFromBytes(("insights-demo-impact-" + i + "-" + m).getBytes()),
                    String.format("DHIM%02d%s", i, m.format(java.time.format.DateTimeFormatter.ofPattern("yyMM"))),
                    shop, BUYER, placed, total, total, placed, placed});
            }
        }
        jdbc.batchUpdate("""
                insert into organisations (id, registration_no, name, name_key, kind, province_code, commune_name,
                  sector, status, members, charter_capital_vnd, size_class, created_at, updated_at, version)
                values (?, ?, ?, ?, 'HTX', '40', ?, 'AGRICULTURE', 'ACTIVE', ?, 300000000, 'MICRO', ?, ?, 0)""", orgs);
        jdbc.batchUpdate("""
                insert into shops (id, organisation_id, owner_user_id, name, story, province_code, commune_name,
                  ethnic_minority_owner, verified, verified_at, verified_by, bank_bin, bank_account, bank_account_name,
                  delivery_fee_vnd, free_delivery_from_vnd, created_at)
                values (?, ?, null, ?, null, '40', ?, false, false, null, null, '970418', '0000000000', 'HTX MINH HOA', 30000, 500000, ?)""",
                shops);
        jdbc.batchUpdate("""
                insert into assessments (id, organisation_id, province_code, model_version, status, current_step,
                  started_by, started_at, completed_at, score, max_score, level)
                values (?, ?, '40', 1, 'COMPLETED', 7, null, ?, ?, ?, ?, ?)""", assessments);
        jdbc.batchUpdate("""
                insert into support_applications (id, programme_id, package_id, provider_id, organisation_id,
                  organisation_name, province_code, state, baseline_assessment_id, price_vnd, subsidy_vnd, reserved_vnd,
                  claim_vnd, paid_vnd, created_by, created_at, submitted_at, deployed_at, accepted_at, paid_at)
                values (?, ?, ?, ?, ?, ?, '40', ?, ?, 15000000, 7500000, 0, ?, ?,
                  'd0000000-0000-4000-8000-000000000004', ?, ?, ?, ?, ?)""", applications);
        jdbc.batchUpdate("""
                insert into orders (id, code, shop_id, buyer_id, status, payment_method, paid_at, subtotal_vnd,
                  delivery_fee_vnd, total_vnd, ship_name, ship_phone, ship_province, ship_commune, ship_street,
                  placed_at, updated_at)
                values (?, ?, ?, ?, 'COMPLETED', 'VIETQR', ?, ?, 0, ?, 'Khách buôn Vinh', '0912000081', '40',
                  'Phường Thành Vinh', '20 Lê Lợi', ?, ?)""", orders);
    }

    private static BigDecimal score(double percent, double max) {
        return BigDecimal.valueOf(Math.round(percent / 100 * max * 100) / 100.0);
    }

    private static int level(double percent) {
        return Math.min(5, Math.max(0, (int) (percent / 20)));
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(9, 0).atZone(VnFormat.ZONE).toOffsetDateTime();
    }
}
