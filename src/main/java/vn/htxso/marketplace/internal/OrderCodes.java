package vn.htxso.marketplace.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.htxso.platform.VnFormat;

/**
 * Human-readable order codes: {@code DH} + the day ({@code yyMMdd}) + 8 letters from a 32-letter alphabet without
 * look-alikes, about 1.1 × 10¹² codes per day. At the national peak (~1 million orders a day) two orders of one day
 * share a code about once in two days, so the checkout still retries on the unique index {@code orders_code_uq};
 * the code space only keeps the retries rare.
 */
@Component
public class OrderCodes {

    /** A code in a bank transfer's description: 8 letters, or 6 (codes drawn before December 2026). */
    private static final Pattern IN_TEXT = Pattern.compile("DH\\d{6}[A-Z0-9]{6}([A-Z0-9]{2})?");

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    /** The order codes a (upper-case) transfer description may mean, longest reading first. */
    public static List<String> candidatesIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher codes = IN_TEXT.matcher(text);
        while (codes.find()) {
            found.add(codes.group());
            if (codes.group(1) != null) {
                found.add(codes.group().substring(0, codes.group().length() - 2));
            }
        }
        return found;
    }

    /** A new code for an order placed at {@code at}; not guaranteed unique (the database is). */
    public String next(Instant at) {
        StringBuilder code = new StringBuilder("DH").append(DAY.format(at.atZone(VnFormat.ZONE)));
        for (int i = 0; i < LENGTH; i++) {
            code.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return code.toString();
    }
}
