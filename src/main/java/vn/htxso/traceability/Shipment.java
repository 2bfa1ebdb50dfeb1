package vn.htxso.traceability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Where a lot went (SHIP) or where it came in from (RECEIVE). */
public record Shipment(UUID id, UUID lotId, String direction, String party, LocalDate happenedOn,
                       BigDecimal quantity) {
}
