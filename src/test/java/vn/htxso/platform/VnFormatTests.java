package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class VnFormatTests {

    private final VnFormat fmt = new VnFormat();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void moneyIsFormattedTheVietnameseWay() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(fmt.vnd(1_250_000L)).isEqualTo("1.250.000 ₫");
        assertThat(fmt.vnd(0L)).isEqualTo("0 ₫");
        assertThat(fmt.number(2_200_000_000L)).isEqualTo("2.200.000.000");
        assertThat(fmt.decimal(4.82, 2)).isEqualTo("4,82");
    }

    @Test
    void englishUsesEnglishGrouping() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.vnd(1_250_000L)).isEqualTo("1,250,000 ₫");
        assertThat(fmt.decimal(4.82, 2)).isEqualTo("4.82");
    }

    @Test
    void datesAreDayMonthYearInVietnamTime() {
        assertThat(fmt.date(LocalDate.of(2026, 11, 22))).isEqualTo("22/11/2026");
        // 17:30 UTC on 21 November is already 22 November 00:30 in Hà Nội
        assertThat(fmt.date(Instant.parse("2026-11-21T17:30:00Z"))).isEqualTo("22/11/2026");
        assertThat(fmt.dateTime(Instant.parse("2026-11-21T17:30:00Z"))).isEqualTo("22/11/2026 00:30");
    }

    @Test
    void nullsRenderAsEmpty() {
        assertThat(fmt.vnd(null)).isEmpty();
        assertThat(fmt.date(null)).isEmpty();
    }
}
