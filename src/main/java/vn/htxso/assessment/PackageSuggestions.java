package vn.htxso.assessment;

import java.util.List;

/**
 * Implemented by the support module: DX packages suggested for a completed assessment, ranked by the expected gain
 * for the co-op's own cost. The assessment module shows them on the results page without knowing programmes.
 */
public interface PackageSuggestions {

    List<Suggestion> suggest(AssessmentSummary assessment, int limit);

    /**
     * @param expectedGain HTX-DMI points the package is expected to add
     * @param ownCostVnd what the co-op pays after the subsidy
     * @param needed whether the package answers a need the co-op ticked
     * @param affordable whether the own cost fits what the co-op said it could contribute ({@code true} if unknown)
     */
    record Suggestion(String packageName, String providerName, String programmeName, long priceVnd, long subsidyVnd,
                      long ownCostVnd, double expectedGain, List<String> dimensions, boolean needed,
                      boolean affordable, String link) {
    }
}
