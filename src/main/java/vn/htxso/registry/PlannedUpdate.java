package vn.htxso.registry;

import java.util.List;
import java.util.UUID;

/**
 * What the import of one row would change in an organisation already registered: its name (as stored) and, per
 * column, the stored value and the file's. Shown on the check page before anything is written.
 *
 * @param row the row of the file (1 is the header)
 */
public record PlannedUpdate(int row, String registrationNo, UUID organisationId, String name,
                            List<FieldChange> fields) {

    /**
     * One column that changes.
     *
     * @param column the column's key ({@link ImportColumn#key()})
     * @param coded whether {@code before} and {@code after} are message keys (enum labels) rather than text
     */
    public record FieldChange(String column, String before, String after, boolean coded) {
    }
}
