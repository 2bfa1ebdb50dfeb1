package vn.htxso.scorecard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a criteria set.
 *
 * @param scope {@link #NATIONAL} for the national default, else a province code
 */
public record CriteriaSet(UUID id, String scope, int version, String note, Instant createdAt, String createdBy,
                          List<Indicator> indicators) {

    public static final String NATIONAL = "VN";

    public CriteriaSet {
        indicators = List.copyOf(indicators);
    }

    public boolean national() {
        return NATIONAL.equals(scope);
    }

    public int totalWeight() {
        return indicators.stream().mapToInt(Indicator::weight).sum();
    }
}
