package vn.htxso.registry;

/**
 * A bad cell (or a bad row, then {@code column} names the row's key column): spreadsheet row, the column's English
 * key, the value as read, and a message key with its arguments.
 */
public record CellError(int row, String column, String value, String messageKey, Object... arguments) {
}
