package vn.htxso.traceability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;


/** One farm-diary log. Fields a kind does not use are null. */
public record DiaryLog(UUID id, UUID organisationId, UUID plotId, LogKind kind, LocalDate logDate, UUID memberId,
                       String memberName, String activity, InputType inputType, String product,
                       String activeIngredient, String dose, Integer phiDays, BigDecimal quantity, Unit unit,
                       String labName, String labResult, Boolean labPassed, String notes, UUID correctsLogId,
                       UUID lotId, Instant createdAt) {

    public boolean isPesticide() {
        return kind == LogKind.INPUT && inputType == InputType.PESTICIDE;
    }
}
