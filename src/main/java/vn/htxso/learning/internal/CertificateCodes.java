package vn.htxso.learning.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Certificate verification codes: {@value #LENGTH} symbols from a 32-symbol alphabet without 0/O/1/I (so a code read
 * aloud or typed from paper is not mistaken), drawn with {@link SecureRandom}: 50 bits, never guessable in practice.
 * Uniqueness is the database's unique index; the issuer draws again on the rare collision.
 */
public final class CertificateCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;

    private final RandomGenerator random;

    public CertificateCodes() {
        this(new SecureRandom());
    }

    public CertificateCodes(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, upper-cased and without spaces or dashes; {@code null} when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() < LENGTH || code.length() > 16) {
            return null;
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return null;
            }
        }
        return code;
    }
}
