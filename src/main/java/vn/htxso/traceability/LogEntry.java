package vn.htxso.traceability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a member writes in the diary. Fields a kind does not use are ignored.
 *
 * @param harvestProduct for a harvest: the product name of the new lot (default: the plot's crop)
 * @param lotId for a lab test: the lot it tested, if any
 * @param correctsLogId a correction of an earlier log (which stays as it was)
 */
public record LogEntry(UUID plotId, LogKind kind, LocalDate date, String activity, InputType inputType,
                       String product, String activeIngredient, String dose, Integer phiDays, BigDecimal quantity,
                       Unit unit, String labName, String labResult, Boolean labPassed, String notes,
                       String harvestProduct, UUID lotId, UUID correctsLogId, Photo photo) {

    /** An uploaded photo or lab file. */
    public record Photo(String fileName, String contentType, byte[] content) {
    }

    public LogEntry withPhoto(Photo value) {
        return new LogEntry(plotId, kind, date, activity, inputType, product, activeIngredient, dose, phiDays,
                quantity, unit, labName, labResult, labPassed, notes, harvestProduct, lotId, correctsLogId, value);
    }
}
