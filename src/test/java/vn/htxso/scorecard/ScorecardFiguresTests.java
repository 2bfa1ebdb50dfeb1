package vn.htxso.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;

/**
 * Every measure of one commune made for this test (Thái Nguyên, 19), counted by hand, read through the other
 * modules' APIs as the scorecard reads them: the registry, assessments, the market and traceability. Dates sit in the
 * middle of 2026 so that the year 2026 covers them whenever the suite runs; one of each kind sits in 2025, outside.
 */
@DemoMvcTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardFiguresTests {

    static final String PROVINCE = "19";
    static final String COMMUNE = "Xã Kiểm Thử Chỉ Số " + UUID.randomUUID().toString().substring(0, 8);
    static final UUID O1 = UUID.randomUUID();
    static final UUID O2 = UUID.randomUUID();
    static final UUID O3 = UUID.randomUUID();
    static final UUID O4_DISSOLVED = UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Scorecards scorecards;
    @Autowired
    Accounts accounts;

    @BeforeAll
    void makeTheCommune() {
        organisation(O1, "ACTIVE");
        organisation(O2, "ACTIVE");
        organisation(O3, "ACTIVE");
        organisation(O4_DISSOLVED, "DISSOLVED");
        // O1: level 1 in 2025, then level 3 in 2026 (latest counts); O2: level 1; O3: started, never completed;
        // the dissolved one: level 4, not counted
        assessment(O1, "COMPLETED", "2025-05-01", 1);
        assessment(O1, "COMPLETED", "2026-03-01", 3);
        assessment(O2, "COMPLETED", "2026-06-01", 1);
        assessment(O3, "IN_PROGRESS", null, null);
        assessment(O4_DISSOLVED, "COMPLETED", "2026-04-01", 4);

        UUID s1 = shop(O1, COMMUNE, true);
        UUID s2 = shop(O2, COMMUNE.toLowerCase(), true);   // the same commune, written another way
        UUID s3 = shop(O3, COMMUNE, false);                 // not verified: not a shop online, its products do not count
        UUID p1 = product(s1, true, 4, "2030-12-31");       // OCOP, valid
        product(s1, true, 3, "2026-01-01");                 // OCOP expired
        product(s1, false, 5, "2030-12-31");                // not on sale
        product(s2, true, null, null);
        product(s3, true, 4, "2030-12-31");
        order(s1, p1, "VIETQR", "PLACED", "2026-06-10", 100_000);
        order(s1, p1, "VIETQR", "COMPLETED", "2026-07-10", 200_000);
        order(s1, p1, "COD", "DELIVERED", "2026-08-10", 300_000);
        order(s1, p1, "VIETQR", "CANCELLED", "2026-08-11", 900_000);
        order(s1, p1, "VIETQR", "COMPLETED", "2025-03-01", 900_000);   // more than 12 months before
        order(s2, p1, "COD", "CONFIRMED", "2026-09-01", 400_000);
        order(s3, p1, "VIETQR", "PLACED", "2026-09-02", 500_000);      // shop not verified (now): the sale still counts

        UUID tp = traceProduct(O1);
        lot(O1, tp, "2026-05-01");
        lot(O1, tp, "2026-06-01");
        lot(O1, tp, "2025-05-01");       // published last year
        lot(O1, tp, null);               // never published
        lot(O4_DISSOLVED, traceProduct(O4_DISSOLVED), "2026-07-01");   // published while it was active
    }

    @Test
    void everyMeasureMatchesTheHandCount() {
        CurrentUser admin = accounts.byUsername("admin").orElseThrow().toCurrentUser();
        CommuneScorecard card = scorecards.commune(admin, PROVINCE, COMMUNE, 2026);
        Map<Measure, Double> values = card.indicators().stream()
                .collect(Collectors.toMap(IndicatorResult::measure, IndicatorResult::value));
        assertThat(values).containsEntry(Measure.COOPS, 3.0)
                .containsEntry(Measure.COOPS_ASSESSED_SHARE, 66.7)   // O1, O2 of 3
                .containsEntry(Measure.SHOPS_ONLINE, 2.0)
                .containsEntry(Measure.OCOP_PRODUCTS_ONLINE, 1.0)
                .containsEntry(Measure.ORDERS_12M, 5.0)              // 3 + 1 + 1, not the cancelled, not 2025's
                .containsEntry(Measure.VIETQR_SHARE, 60.0)           // 3 of 5
                .containsEntry(Measure.LOTS_PUBLISHED, 3.0);         // 2 of O1 + 1 of the dissolved one
        // the measures not in the default set, through the same facts
        ProvinceFacts facts = factsReader.read(PROVINCE, factsReader.organisations(PROVINCE),
                Periods.of(2026, java.time.LocalDate.now(clock)));
        Map<Measure, Double> all = CommuneMeasures.compute(facts).get(vn.htxso.platform.VietnameseText.key(COMMUNE));
        assertThat(all).containsEntry(Measure.AVERAGE_DMI_LEVEL, 2.0)  // (3 + 1) / 2
                .containsEntry(Measure.COOPS_LEVEL2_SHARE, 33.3)
                .containsEntry(Measure.ACTIVE_PRODUCTS, 3.0)
                .containsEntry(Measure.SALES_12M, 1_500_000.0);
        // 2025: O1 had level 1 then; one lot; one order (of 2025-03-01) in the 12 months to 31/12/2025
        CommuneScorecard lastYear = scorecards.commune(admin, PROVINCE, COMMUNE, 2025);
        Map<Measure, Double> before = lastYear.indicators().stream()
                .collect(Collectors.toMap(IndicatorResult::measure, IndicatorResult::value));
        assertThat(before).containsEntry(Measure.COOPS_ASSESSED_SHARE, 33.3)
                .containsEntry(Measure.LOTS_PUBLISHED, 1.0)
                .containsEntry(Measure.ORDERS_12M, 1.0)
                .containsEntry(Measure.SHOPS_ONLINE, 0.0);        // verified only in 2026
        assertThat(card.lastYearScore()).isEqualTo(lastYear.score());
        assertThat(card.change()).isEqualTo(Math.round((card.score() - lastYear.score()) * 10) / 10.0);
    }

    @Autowired
    ProvinceFactsReader factsReader;
    @Autowired
    java.time.Clock clock;

    // ---- rows, written as each module's own tables hold them

    void organisation(UUID id, String status) {
        jdbc.sql("""
                insert into organisations (id, registration_no, name, kind, province_code, commune_name, sector, status,
                                           members, created_at, updated_at)
                values (?, ?, ?, 'HTX', ?, ?, 'AGRICULTURE', ?, 7, timestamp with time zone '2024-01-01 08:00:00+07',
                        timestamp with time zone '2024-01-01 08:00:00+07')""")
                .params(id, "SC" + id.toString().substring(0, 8), "HTX thử " + id, PROVINCE, COMMUNE, status).update();
    }

    void assessment(UUID organisation, String status, String completedOn, Integer level) {
        jdbc.sql("""
                insert into assessments (id, organisation_id, province_code, model_version, status, started_at,
                                         completed_at, level)
                values (?, ?, ?, (select max(version) from assessment_model_versions), ?,
                        timestamp with time zone '2025-01-01 08:00:00+07', ?, ?)""")
                .params(UUID.randomUUID(), organisation, PROVINCE, status, at(completedOn), level).update();
    }

    UUID shop(UUID organisation, String commune, boolean verified) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into shops (id, organisation_id, name, province_code, commune_name, verified, verified_at,
                                   bank_bin, bank_account, bank_account_name, created_at)
                values (?, ?, ?, ?, ?, ?, ?, '970418', '123456789', 'HTX THU', timestamp with time zone '2025-01-01 08:00:00+07')""")
                .params(id, organisation, "Gian hàng thử", PROVINCE, commune, verified,
                        verified ? at("2026-02-01") : null).update();
        return id;
    }

    UUID product(UUID shop, boolean active, Integer stars, String expires) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into products (id, shop_id, name, category, unit, price_vnd, stock, ocop_stars, ocop_expires_on,
                                      active, created_at, updated_at)
                values (?, ?, 'Sản phẩm thử', 'OTHER', 'kg', 100000, 10, ?, ?, ?,
                        timestamp with time zone '2025-01-01 08:00:00+07', timestamp with time zone '2025-01-01 08:00:00+07')""")
                .params(id, shop, stars, expires == null ? null : java.time.LocalDate.parse(expires), active).update();
        return id;
    }

    void order(UUID shop, UUID product, String method, String status, String placedOn, long total) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into orders (id, code, shop_id, buyer_id, status, payment_method, subtotal_vnd, delivery_fee_vnd,
                                    total_vnd, ship_name, ship_phone, ship_province, ship_commune, ship_street,
                                    placed_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, 0, ?, 'Người mua', '0900000000', '19', 'Xã khác', 'Số 1', ?, ?)""")
                .params(id, "SC" + id.toString().replace("-", "").substring(0, 12), shop, UUID.randomUUID(), status,
                        method, total, total, at(placedOn), at(placedOn)).update();
    }

    UUID traceProduct(UUID organisation) {
        UUID id = UUID.randomUUID();
        String gtin = "9" + String.format("%013d", Math.abs(id.getMostSignificantBits() % 10_000_000_000_000L));
        jdbc.sql("""
                insert into trace_products (id, organisation_id, name, name_key, gtin, created_at)
                values (?, ?, 'Chè thử', ?, ?, timestamp with time zone '2025-01-01 08:00:00+07')""")
                .params(id, organisation, "chethu" + id, gtin).update();
        return id;
    }

    void lot(UUID organisation, UUID traceProduct, String publishedOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into trace_lots (id, organisation_id, trace_product_id, gtin, lot_number, origin, quantity,
                                        remaining, unit, produced_on, harvested_on, published_at, created_at)
                values (?, ?, ?, (select gtin from trace_products where id = ?), ?, 'HARVEST', 10, 10, 'KGM',
                        date '2025-04-01', date '2025-04-01', ?, timestamp with time zone '2025-04-01 08:00:00+07')""")
                .params(id, organisation, traceProduct, traceProduct, id.toString().substring(0, 20),
                        at(publishedOn)).update();
    }

    static java.time.OffsetDateTime at(String day) {
        return day == null ? null : java.time.LocalDate.parse(day).atTime(10, 0).atZone(vn.htxso.platform.VnFormat.ZONE)
                .toOffsetDateTime();
    }
}
