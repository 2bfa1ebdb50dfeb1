package vn.htxso.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An assessment as stored: its co-op, model version, status, step reached and scores once completed. */
public record StoredAssessment(UUID id, UUID organisationId, String provinceCode, int modelVersion, String status,
                  int currentStep, Instant startedAt, Instant completedAt, BigDecimal score, BigDecimal maxScore,
                  Integer level, BigDecimal dbiScore, Integer dbiLevel) {
    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    public double scoreValue() {
        return score == null ? 0 : score.doubleValue();
    }

    public double maxValue() {
        return maxScore == null ? 0 : maxScore.doubleValue();
    }

    public double percent() {
        return maxValue() <= 0 ? 0 : scoreValue() / maxValue() * 100;
    }
}
