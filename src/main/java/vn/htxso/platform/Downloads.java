package vn.htxso.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;

/**
 * The one way to name a download: Spring's {@link ContentDisposition} with an RFC 6266 / 5987 {@code filename*} in
 * UTF-8 (a Vietnamese name survives) and an ASCII fallback; control characters (CR, LF…) are dropped first, so a
 * name made of user input (a province code, a file name) can never break or add a header.
 */
public final class Downloads {

    private Downloads() {
    }

    /** The {@code Content-Disposition} value for a file to save. */
    public static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(clean(fileName), StandardCharsets.UTF_8).build().toString();
    }

    /** The {@code Content-Disposition} value for a file to show in the browser (an image). */
    public static String inline(String fileName) {
        return ContentDisposition.inline().filename(clean(fileName), StandardCharsets.UTF_8).build().toString();
    }

    static String clean(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        return name.isEmpty() ? "download" : name;
    }
}
