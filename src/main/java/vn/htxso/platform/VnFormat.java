package vn.htxso.platform;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, money and dates the Vietnamese way (1.250.000 ₫, 22/11/2026), in English with English grouping.
 * Templates call it as {@code ${@fmt.vnd(price)}}; Java never formats money by hand.
 */
@Component("fmt")
public class VnFormat {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String number(Number value) {
        if (value == null) {
            return "";
        }
        return formatter(LocaleContextHolder.getLocale(), "#,##0").format(value);
    }

    public String decimal(Number value, int fractionDigits) {
        if (value == null) {
            return "";
        }
        String pattern = fractionDigits <= 0 ? "#,##0" : "#,##0." + "0".repeat(fractionDigits);
        return formatter(LocaleContextHolder.getLocale(), pattern).format(value);
    }

    /** 1250000 → "1.250.000 ₫" (Vietnamese) or "1,250,000 ₫" (English). */
    public String vnd(Number amount) {
        if (amount == null) {
            return "";
        }
        return number(amount) + " ₫";
    }

    public String percent(Number share) {
        if (share == null) {
            return "";
        }
        return decimal(share.doubleValue() * 100, 1) + " %";
    }

    public String date(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return DATE.format(instant.atZone(ZONE));
        }
        return DATE.format(value);
    }

    public String dateTime(Instant value) {
        return value == null ? "" : DATE_TIME.format(value.atZone(ZONE));
    }

    public String isoDate(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    static DecimalFormat formatter(Locale locale, String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean english = "en".equals(locale.getLanguage());
        symbols.setGroupingSeparator(english ? ',' : '.');
        symbols.setDecimalSeparator(english ? '.' : ',');
        return new DecimalFormat(pattern, symbols);
    }
}
