package vn.htxso.learning.internal;

/** Masks a person's name for public pages: the family name in full, the other names as initials ("Nguyễn T. H."). */
public final class HolderNames {

    private HolderNames() {
    }

    public static String mask(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        String name = fullName.replaceAll("\\(.*?\\)", " ").strip();
        String[] parts = name.split("\\s+");
        StringBuilder masked = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            masked.append(' ').appendCodePoint(parts[i].codePointAt(0)).append('.');
        }
        return masked.toString();
    }
}
