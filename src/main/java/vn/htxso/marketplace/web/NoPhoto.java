package vn.htxso.marketplace.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The placeholder of a product without a photo, told apart from its neighbours: the initials of its name's first
 * two distinctive words (not "Mật" for every honey) on one of eight tones chosen by the product's id. Templates call
 * it as {@code @noPhoto}.
 */
@Component("noPhoto")
public class NoPhoto {

    static final int TONES = 8;

    /** Up to two letters: the first word's initial and the last word's ("Mật ong rừng" → "MR"). */
    public String initials(String name) {
        String[] words = Arrays.stream(name == null ? new String[0] : name.strip().split("\\s+"))
                .filter(w -> !w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))).toArray(String[]::new);
        if (words.length == 0) {
            return "?";
        }
        String first = new String(Character.toChars(words[0].codePointAt(0)));
        if (words.length == 1) {
            return first.toUpperCase(Locale.forLanguageTag("vi"));
        }
        String last = new String(Character.toChars(words[words.length - 1].codePointAt(0)));
        return (first + last).toUpperCase(Locale.forLanguageTag("vi"));
    }

    /** The tone class ({@code tone-0} … {@code tone-7}), stable for a product. */
    public String tone(Object id) {
        return "tone-" + Math.floorMod(String.valueOf(id).hashCode(), TONES);
    }
}
