package vn.htxso.support;

import java.time.Instant;
import java.util.List;

/**
 * One edit of a programme: who, when, and per field the value before and after (as shown, in the reader's words
 * where a field is a code).
 */
public record ProgrammeChange(Instant changedAt, String actor, List<Field> fields) {

    /** {@code field} is the form's field name; {@code before}/{@code after} as text. */
    public record Field(String field, String before, String after) {
    }
}
