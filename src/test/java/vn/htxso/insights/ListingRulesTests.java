package vn.htxso.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.htxso.insights.ListingAdvice.Warning;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.ProductView;

/** Listing help's rules: the score and its parts, each warning, and titles that never claim what is not held. */
class ListingRulesTests {

    static ListingRules rules() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/insights");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ListingRules(messages, 2);
    }

    static ProductView product(String name, String description, String unit, long price, Integer grams,
                               Integer validStars, boolean photo, String commune) {
        return new ProductView(UUID.randomUUID(), name, description, Category.HONEY, unit, price, 10, grams,
                validStars, validStars == null ? null : "OCOP-NA-005", validStars == null ? null : "UBND tỉnh Nghệ An",
                null, validStars == null ? null : LocalDate.of(2028, 3, 14), photo, UUID.randomUUID(),
                "HTX Ong mật Pù Mát", "40", commune, false, true, Instant.EPOCH, 0);
    }

    static List<String> codes(ListingAdvice advice) {
        return advice.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void aCompleteListingScoresAHundredWithNoWarning() {
        String description = "Mật ong rừng do đàn ong khoái lấy từ hoa rừng Pù Mát, quay bằng tay, lọc qua vải, "
                + "không pha đường. Chai thủy tinh 500 ml, mùa thu hoạch tháng 3 đến tháng 5, bảo quản nơi thoáng mát, "
                + "tránh ánh nắng trực tiếp.";
        ListingAdvice advice = rules().advise(product("Mật ong rừng Con Cuông", description, "chai", 350_000, 500, 4,
                true, "Xã Con Cuông"), "Nghệ An", List.of(), "MORE_LIKE_THIS");
        assertThat(advice.score()).isEqualTo(100);
        assertThat(advice.criteria()).allMatch(ListingAdvice.Criterion::met);
        assertThat(advice.warnings()).isEmpty();
        assertThat(advice.suggestedTitle()).isEqualTo("Mật ong rừng Con Cuông – Nghệ An – 500 g/chai – OCOP 4★ – HTX Ong mật Pù Mát");
        assertThat(advice.suggestedDescription()).contains("OCOP 4 sao").contains("OCOP-NA-005").contains("14/03/2028");
    }

    @Test
    void missingFactsLowerTheScoreAndEachSaysWhy() {
        ListingAdvice advice = rules().advise(product("Mật ong", "Ngon.", "chai", 300_000, null, null, false, null),
                "Nghệ An", List.of(), "CATEGORY");
        // photo 0, description 0 (5 characters), weight 0, origin 0 (no commune), unit 20
        assertThat(advice.score()).isEqualTo(20);
        assertThat(codes(advice)).containsExactly("NO_PHOTO", "NO_WEIGHT", "NO_ORIGIN", "SHORT_DESCRIPTION");
        assertThat(advice.warnings().get(3).args()).containsExactly(5, ListingRules.SHORT_DESCRIPTION);
    }

    @Test
    void starsAndOcopWithoutAValidCertificateAreWarnedAndNeverSuggested() {
        ListingAdvice advice = rules().advise(product("Mật ong rừng OCOP 5 sao", "Mật ong đạt OCOP 5 sao.", "chai",
                350_000, 500, null, true, "Xã Con Cuông"), "Nghệ An", List.of(), "MORE_LIKE_THIS");
        assertThat(codes(advice)).contains("STARS_NOT_HELD");
        assertThat(advice.suggestedTitle()).doesNotContain("OCOP").doesNotContain("★").doesNotContain("sao");
        assertThat(advice.suggestedDescription()).doesNotContain("OCOP");

        ListingAdvice fourHeld = rules().advise(product("Mật ong rừng 5 sao", null, "chai", 350_000, 500, 4, true,
                "Xã Con Cuông"), "Nghệ An", List.of(), "MORE_LIKE_THIS");
        assertThat(fourHeld.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("STARS_NOT_HELD");
            assertThat(w.args()).containsExactly(5, 4);
        });
        assertThat(fourHeld.suggestedTitle()).startsWith("Mật ong rừng – ").contains("OCOP 4★").doesNotContain("5 sao");
    }

    @Test
    void healthClaimsCertificatesWithoutRecordCapitalsAndLongTitlesAreWarned() {
        ListingAdvice advice = rules().advise(product("MẬT ONG RỪNG NGUYÊN CHẤT " + "A".repeat(110),
                "Mật ong hữu cơ, chữa bệnh dạ dày và tăng sức đề kháng.", "chai", 350_000, 500, null, true,
                "Xã Con Cuông"), "Nghệ An", List.of(), "MORE_LIKE_THIS");
        assertThat(codes(advice)).contains("HEALTH_CLAIM", "CERTIFICATE_UNRECORDED", "ALL_CAPS", "TITLE_TOO_LONG");
        assertThat(advice.suggestedTitle().length()).isLessThanOrEqualTo(ListingRules.MAX_TITLE);
    }

    @Test
    void aPriceFarFromSimilarListingsIsWarnedWithTheFiguresPerKg() {
        List<ProductView> similar = List.of(
                product("Mật ong bạc hà", null, "chai", 280_000, 500, null, true, "Xã A"),     // 560,000 / kg
                product("Mật ong hoa cà phê", null, "hũ", 150_000, 1000, null, true, "Xã B"),  // 150,000 / kg
                product("Mật ong rừng", null, "chai", 200_000, 500, null, true, "Xã C"),       // 400,000 / kg
                product("Mật ong nhãn", null, "chai", 100_000, null, null, true, "Xã D"));     // no weight
        ListingAdvice advice = rules().advise(product("Mật ong rừng Con Cuông", null, "chai", 1_000_000, 500, null,
                true, "Xã Con Cuông"), "Nghệ An", similar, "MORE_LIKE_THIS");
        assertThat(advice.priceBasis()).isEqualTo("KG");
        assertThat(advice.medianPriceVnd()).isEqualTo(400_000L);
        assertThat(advice.comparables()).isEqualTo(3);
        assertThat(advice.ownPriceVnd()).isEqualTo(2_000_000L);
        assertThat(advice.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("PRICE_HIGH");
            assertThat(w.args()).containsExactly(2_000_000L, 400_000L, 3, 5.0, "KG");
        });

        ListingAdvice fair = rules().advise(product("Mật ong rừng Con Cuông", null, "chai", 220_000, 500, null, true,
                "Xã Con Cuông"), "Nghệ An", similar, "MORE_LIKE_THIS");
        assertThat(codes(fair)).doesNotContain("PRICE_HIGH", "PRICE_LOW");
    }

    @Test
    void withFewerThanThreeComparablesThereIsNoPriceVerdict() {
        List<ProductView> similar = List.of(product("Mật ong bạc hà", null, "chai", 28_000, 500, null, true, "Xã A"));
        ListingAdvice advice = rules().advise(product("Mật ong rừng", null, "chai", 350_000, 500, null, true,
                "Xã Con Cuông"), "Nghệ An", similar, "MORE_LIKE_THIS");
        assertThat(advice.medianPriceVnd()).isNull();
        assertThat(codes(advice)).doesNotContain("PRICE_HIGH", "PRICE_LOW");
    }

    @Test
    void theTitleAddsTheKindAndPlaceOnlyWhenTheNameLacksThem() {
        ListingRules rules = rules();
        ProductView p = new ProductView(UUID.randomUUID(), "Shan tuyết cổ thụ", null, Category.TEA, "gói", 120_000, 5,
                250, null, null, null, null, null, true, UUID.randomUUID(), "HTX Chè Thanh Chương", "40",
                "Xã Hạnh Lâm", false, true, Instant.EPOCH, 0);
        assertThat(rules.title(p, "Nghệ An")).isEqualTo("Chè Shan tuyết cổ thụ – Xã Hạnh Lâm, Nghệ An – 250 g/gói – HTX Chè Thanh Chương");
        assertThat(ListingRules.quantity(1500)).isEqualTo("1,5 kg");
        assertThat(ListingRules.quantity(2000)).isEqualTo("2 kg");
    }
}
