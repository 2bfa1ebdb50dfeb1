package vn.htxso.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.htxso.marketplace.OperatingReport.CommuneFigures;
import vn.htxso.platform.VietnameseText;

/**
 * Every measure on a small data set counted by hand: two communes, A with four organisations (three active, one
 * dissolved), B with one, and C that has nothing on the platform.
 */
class CommuneMeasuresTests {

    static final UUID A1 = UUID.randomUUID();
    static final UUID A2 = UUID.randomUUID();
    static final UUID A3 = UUID.randomUUID();
    static final UUID A4_DISSOLVED = UUID.randomUUID();
    static final UUID B1 = UUID.randomUUID();
    static final String A = VietnameseText.key("Xã Hạnh Lâm");
    static final String B = VietnameseText.key("Xã Văn Yên");
    static final String C = VietnameseText.key("Xã Trống");

    static Map<String, Map<Measure, Double>> measures() {
        Map<String, String> communes = new LinkedHashMap<>();
        communes.put(A, "Xã Hạnh Lâm");
        communes.put(B, "Xã Văn Yên");
        communes.put(C, "Xã Trống");
        List<ProvinceFacts.Organisation> organisations = List.of(
                new ProvinceFacts.Organisation(A1, A, true),
                new ProvinceFacts.Organisation(A2, A, true),
                new ProvinceFacts.Organisation(A3, A, true),
                new ProvinceFacts.Organisation(A4_DISSOLVED, A, false),
                new ProvinceFacts.Organisation(B1, B, true));
        // A1 level 3, A2 level 1, A3 never assessed; the dissolved one's level 4 does not count
        Map<UUID, Integer> levels = Map.of(A1, 3, A2, 1, A4_DISSOLVED, 4, B1, 0);
        // shops write the commune two ways: both are the same commune A
        Map<String, CommuneFigures> market = Map.of(
                "Xã Hạnh Lâm", new CommuneFigures(2, 7, 2, 8, 6, 2_400_000),
                "xa hanh lam", new CommuneFigures(1, 1, 1, 2, 0, 600_000),
                "Xã Văn Yên", new CommuneFigures(1, 3, 0, 0, 0, 0));
        // lots: every organisation of the commune counts, the dissolved one too (it published them)
        Map<UUID, Integer> lots = Map.of(A1, 2, A4_DISSOLVED, 1, B1, 5);
        return CommuneMeasures.compute(new ProvinceFacts(Periods.of(2026, LocalDate.of(2026, 12, 4)), communes,
                organisations, levels, market, lots));
    }

    @Test
    void coops() {
        assertThat(measures().get(A).get(Measure.COOPS)).isEqualTo(3.0);
        assertThat(measures().get(B).get(Measure.COOPS)).isEqualTo(1.0);
        assertThat(measures().get(C).get(Measure.COOPS)).isEqualTo(0.0);
    }

    @Test
    void assessedShareAverageLevelAndLevelTwoShare() {
        Map<Measure, Double> a = measures().get(A);
        assertThat(a.get(Measure.COOPS_ASSESSED_SHARE)).isEqualTo(66.7);  // 2 of 3
        assertThat(a.get(Measure.AVERAGE_DMI_LEVEL)).isEqualTo(2.0);      // (3 + 1) / 2
        assertThat(a.get(Measure.COOPS_LEVEL2_SHARE)).isEqualTo(33.3);    // 1 of 3
        Map<Measure, Double> b = measures().get(B);
        assertThat(b.get(Measure.COOPS_ASSESSED_SHARE)).isEqualTo(100.0); // level 0 is still assessed
        assertThat(b.get(Measure.AVERAGE_DMI_LEVEL)).isEqualTo(0.0);
        assertThat(b.get(Measure.COOPS_LEVEL2_SHARE)).isEqualTo(0.0);
        assertThat(measures().get(C).get(Measure.COOPS_ASSESSED_SHARE)).isEqualTo(0.0); // no co-op: 0, not NaN
    }

    @Test
    void shopsProductsAndOcopProductsAddUpAcrossSpellings() {
        Map<Measure, Double> a = measures().get(A);
        assertThat(a.get(Measure.SHOPS_ONLINE)).isEqualTo(3.0);
        assertThat(a.get(Measure.ACTIVE_PRODUCTS)).isEqualTo(8.0);
        assertThat(a.get(Measure.OCOP_PRODUCTS_ONLINE)).isEqualTo(3.0);
        assertThat(measures().get(B).get(Measure.ACTIVE_PRODUCTS)).isEqualTo(3.0);
        assertThat(measures().get(C).get(Measure.SHOPS_ONLINE)).isEqualTo(0.0);
    }

    @Test
    void ordersSalesAndVietQrShare() {
        Map<Measure, Double> a = measures().get(A);
        assertThat(a.get(Measure.ORDERS_12M)).isEqualTo(10.0);
        assertThat(a.get(Measure.SALES_12M)).isEqualTo(3_000_000.0);
        assertThat(a.get(Measure.VIETQR_SHARE)).isEqualTo(60.0);          // 6 of 10
        assertThat(measures().get(B).get(Measure.VIETQR_SHARE)).isEqualTo(0.0); // no order: 0, not NaN
    }

    @Test
    void lotsPublished() {
        assertThat(measures().get(A).get(Measure.LOTS_PUBLISHED)).isEqualTo(3.0);
        assertThat(measures().get(B).get(Measure.LOTS_PUBLISHED)).isEqualTo(5.0);
        assertThat(measures().get(C).get(Measure.LOTS_PUBLISHED)).isEqualTo(0.0);
    }

    @Test
    void everyMeasureHasAValueForEveryCommune() {
        measures().values().forEach(values -> assertThat(values.keySet()).containsExactlyInAnyOrder(Measure.values()));
    }
}
