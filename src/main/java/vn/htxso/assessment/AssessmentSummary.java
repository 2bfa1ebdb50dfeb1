package vn.htxso.assessment;

import java.time.Instant;
import java.util.Map;

import vn.htxso.registry.CooperativeId;

/**
 * A completed assessment as other modules see it.
 *
 * @param dimensionPercents each dimension's score as a percentage of its maximum, by dimension code
 * @param needs the ticked options of the unscored needs items (option code → the dimension it concerns)
 * @param contributionMillionVnd what the co-op said it could contribute to a package (million VND), or {@code null}
 */
public record AssessmentSummary(AssessmentId id, CooperativeId cooperativeId, String provinceCode, int modelVersion,
                                Instant completedAt, double score, double maxScore, int level, double dbiScore,
                                int dbiLevel, Map<String, Double> dimensionPercents, Map<String, String> needs,
                                Double contributionMillionVnd) {

    public double percent() {
        return maxScore <= 0 ? 0 : score / maxScore * 100;
    }
}
