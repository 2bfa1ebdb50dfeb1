package vn.htxso.platform;

/**
 * The one way to search with SQL {@code like} on what a user typed: {@code %} and {@code _} (and the escape
 * character itself) are matched literally. Use with {@code like ? escape '\'} (JPQL: {@code escape '\'}).
 */
public final class Like {

    /** The escape clause to put after every {@code like ?} built from user input. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped. */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern that finds the text anywhere. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** A pattern that finds values starting with the text. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }
}
