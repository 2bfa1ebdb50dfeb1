package vn.htxso.platform.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One spelling per login: e-mail addresses and names in lower case, and a Vietnamese mobile number written
 * {@code 09…}, {@code +849…}, {@code 849…} or with spaces, dots or dashes becomes {@code 09…}, so that it is one account.
 */
public final class Logins {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern MOBILE = Pattern.compile("^(?:\\+?84|0)([35789][0-9]{8})$");

    private Logins() {
    }

    public static String normalise(String login) {
        if (login == null) {
            return null;
        }
        String stripped = login.strip().toLowerCase(Locale.ROOT);
        if (stripped.contains("@")) {
            return stripped;
        }
        var mobile = MOBILE.matcher(SEPARATORS.matcher(stripped).replaceAll(""));
        return mobile.matches() ? "0" + mobile.group(1) : stripped;
    }
}
