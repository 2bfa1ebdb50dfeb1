package vn.htxso.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text helpers: folding of diacritics and case, so that "Mật ong" and "mat ong" compare equal. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /** Lower case, no diacritics, đ folded to d; spaces kept. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    /** Folded and stripped of everything but letters and digits: "Mã số HTX" becomes "masohtx". */
    public static String key(String text) {
        return NOT_ALNUM.matcher(fold(text)).replaceAll("");
    }

    /** ASCII for places that allow nothing else (a VietQR purpose, a file name). */
    public static String ascii(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("[^\\x20-\\x7E]", "");
    }
}
