package vn.htxso.traceability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;


/** A lot: a quantity of one product (GTIN) under one lot number. */
public record Lot(UUID id, UUID organisationId, UUID traceProductId, String productName, String gtin,
                  String lotNumber, LotOrigin origin, UUID plotId, BigDecimal quantity, BigDecimal remaining,
                  Unit unit, LocalDate producedOn, LocalDate harvestedOn, String phiWarning, String stepReason,
                  UUID productId, Instant publishedAt) {

    public boolean published() {
        return publishedAt != null;
    }
}
