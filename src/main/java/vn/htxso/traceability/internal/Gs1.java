package vn.htxso.traceability.internal;

import java.util.regex.Pattern;

/**
 * GS1 keys: the mod-10 check digit shared by GTIN-8/12/13/14, GLN and SSCC, GTIN-14 and SSCC built from a
 * company prefix, and the lot number's character rules (AI 10: up to 20 characters of GS1's set 82; we allow a
 * URL-safe subset).
 */
public final class Gs1 {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LOT = Pattern.compile("[A-Za-z0-9._-]{1,20}");

    private Gs1() {
    }

    /** The check digit of {@code body} (all digits but the last): weights 3,1,3,… from the right. */
    public static int checkDigit(String body) {
        if (body == null || body.isEmpty() || !DIGITS.matcher(body).matches()) {
            throw new IllegalArgumentException("digits expected");
        }
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether a complete key (GTIN-8/12/13/14, GLN, SSCC) has a correct check digit. */
    public static boolean hasValidCheckDigit(String key) {
        if (key == null || key.length() < 2 || !DIGITS.matcher(key).matches()) {
            return false;
        }
        return checkDigit(key.substring(0, key.length() - 1)) == key.charAt(key.length() - 1) - '0';
    }

    /** A GTIN-14 with a valid check digit, as the Digital Link path {@code /01/{gtin}} carries it. */
    public static boolean isGtin14(String gtin) {
        return gtin != null && gtin.length() == 14 && hasValidCheckDigit(gtin);
    }

    /** Any GTIN (8, 12, 13 or 14 digits) written as GTIN-14 (zeros in front); {@code null} if it is not one. */
    public static String toGtin14(String gtin) {
        if (gtin == null || !DIGITS.matcher(gtin).matches()
                || !(gtin.length() == 8 || gtin.length() == 12 || gtin.length() == 13 || gtin.length() == 14)
                || !hasValidCheckDigit(gtin)) {
            return null;
        }
        return "0".repeat(14 - gtin.length()) + gtin;
    }

    /**
     * The GTIN-14 of a trade item: indicator digit, company prefix, item reference (padded with zeros in front to
     * fill 12 digits together with the prefix), check digit.
     */
    public static String gtin14(int indicator, String companyPrefix, long itemReference) {
        requirePrefix(companyPrefix);
        int itemDigits = 12 - companyPrefix.length();
        String item = pad(itemReference, itemDigits);
        String body = indicator + companyPrefix + item;
        return body + checkDigit(body);
    }

    /** An SSCC (18 digits): extension digit, company prefix, serial reference, check digit. */
    public static String sscc(int extension, String companyPrefix, long serial) {
        requirePrefix(companyPrefix);
        String body = extension + companyPrefix + pad(serial, 16 - companyPrefix.length());
        return body + checkDigit(body);
    }

    /** A GLN (13 digits): company prefix, location reference, check digit. */
    public static String gln(String companyPrefix, long locationReference) {
        requirePrefix(companyPrefix);
        String body = companyPrefix + pad(locationReference, 12 - companyPrefix.length());
        return body + checkDigit(body);
    }

    public static boolean isCompanyPrefix(String prefix) {
        return prefix != null && prefix.length() >= 6 && prefix.length() <= 10 && DIGITS.matcher(prefix).matches();
    }

    public static boolean isLotNumber(String lot) {
        return lot != null && LOT.matcher(lot).matches();
    }

    private static void requirePrefix(String companyPrefix) {
        if (!isCompanyPrefix(companyPrefix)) {
            throw new IllegalArgumentException("a GS1 company prefix has 6 to 10 digits");
        }
    }

    private static String pad(long value, int digits) {
        String text = Long.toString(value);
        if (value < 0 || text.length() > digits) {
            throw new IllegalArgumentException("reference " + value + " does not fit in " + digits + " digits");
        }
        return "0".repeat(digits - text.length()) + text;
    }
}
