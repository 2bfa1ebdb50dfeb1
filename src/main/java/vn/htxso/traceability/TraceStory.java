package vn.htxso.traceability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public trace page tells about a lot: no personal data beyond member names, and those only when the
 * co-op chose to publish them.
 *
 * @param ocopStars the product's valid OCOP stars from the marketplace, or {@code null}
 * @param sources the harvest lots the lot comes from (itself when it is a harvest lot)
 * @param labTests lab tests attached to the lot or to a lot upstream
 * @param path every step of the lot and of the lots upstream, oldest first
 */
public record TraceStory(LotKey key, String digitalLink, String productName, Integer ocopStars, String shopName,
                         String productPath, String coopName, String coopCommune, String provinceName,
                         LocalDate harvestedOn, LocalDate producedOn, BigDecimal quantity, Unit unit,
                         LotOrigin origin, boolean published, String stepReason, List<Source> sources,
                         List<Entry> labTests, List<Step> path, List<String> cartons) {

    /** A harvest lot at the start of the chain, with its plot and its season's diary. */
    public record Source(String lotNumber, String productName, String plotName, String plotCommune, long areaM2,
                         String crop, Standard standard, LocalDate harvestedOn, PhiFlag phiFlag,
                         List<Entry> diary) {
    }

    /** A harvest made before a pesticide's interval was over (allowed only where the plot follows no standard). */
    public record PhiFlag(String product, String appliedOn, String phiDays, String daysLeft) {
        static PhiFlag parse(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split(";", -1);
            if (parts.length != 4) {
                return null;
            }
            String day = parts[1];
            try {
                day = FarmDiary.DAY.format(java.time.LocalDate.parse(parts[1]));
            } catch (java.time.format.DateTimeParseException e) {
                // keep the text as stored
            }
            return new PhiFlag(parts[0], day, parts[2], parts[3]);
        }
    }

    /** A diary log as the public sees it; {@code member} is null unless the co-op publishes names. */
    public record Entry(LogKind kind, LocalDate date, String activity, InputType inputType, String product,
                        String activeIngredient, String dose, Integer phiDays, BigDecimal quantity, Unit unit,
                        String labName, String labResult, Boolean labPassed, String notes, String member,
                        List<Entry> corrections) {
    }

    /** One EPCIS event told in words: kind (HARVEST, PROCESSING, PACKING, SHIPPING, RECEIVING, OTHER). */
    public record Step(String kind, LocalDate date, List<String> lots, String party, boolean imported) {
    }
}
