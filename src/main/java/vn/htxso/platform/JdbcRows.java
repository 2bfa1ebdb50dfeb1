package vn.htxso.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads columns the same way on H2 and PostgreSQL, for the modules' {@code JdbcClient} collections (UUIDs that
 * arrive as strings, {@code timestamp with time zone} as {@link Instant}, SQL nulls as Java nulls).
 */
public final class JdbcRows {

    private JdbcRows() {
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    /** An instant as the {@code timestamp with time zone} parameter of a statement, in Vietnam's offset. */
    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : VnTime.at(instant);
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** A comma-separated column as a list, blanks dropped. */
    public static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
