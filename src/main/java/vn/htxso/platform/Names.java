package vn.htxso.platform;

/** The one rule for names people type; forms and request records use it through {@link PlainName}. */
public final class Names {

    private Names() {
    }

    /** Whether a name is plain; {@code null} counts as plain (absence is another rule's business). */
    public static boolean isPlain(String name) {
        if (name == null) {
            return true;
        }
        boolean visible = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                return false;
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                    || c == 0x061C) {
                return false;
            }
            if (type != Character.FORMAT && type != Character.SPACE_SEPARATOR && !Character.isWhitespace(c)
                    && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                visible = true;
            }
        }
        return visible || name.isEmpty();
    }

}
