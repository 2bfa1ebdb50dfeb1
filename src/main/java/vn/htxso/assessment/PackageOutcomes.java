package vn.htxso.assessment;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by the insights module: what co-ops like this one gained after they received a DX package, so that the
 * results page can show it next to each suggested package without the assessment module knowing who took what.
 */
public interface PackageOutcomes {

    /** By package name (as {@link PackageSuggestions.Suggestion#packageName()}); a name without data is absent. */
    Map<String, Outcome> outcomes(AssessmentSummary assessment, Collection<String> packageNames);

    /**
     * @param gainPoints   mean change of the maturity score (% of the maximum) from the assessment before the package
     *                     (T0) to the first one after it (T1); {@code null} when fewer than {@code minimum} co-ops
     * @param cooperatives how many similar co-ops the figure is of
     * @param minimum      the fewest co-ops for a figure
     * @param band         how far (in points) the similar co-ops' T0 score may lie from this assessment's
     */
    record Outcome(Double gainPoints, int cooperatives, int minimum, int band) {

        public boolean known() {
            return gainPoints != null;
        }
    }
}
