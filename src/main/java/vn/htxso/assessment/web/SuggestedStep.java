package vn.htxso.assessment.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.htxso.assessment.AssessmentSummary;
import vn.htxso.assessment.PackageOutcomes;
import vn.htxso.assessment.PackageSuggestions;

/**
 * A suggested package on the results page with its expected gain per million VND the co-op pays, and what similar
 * co-ops that took it gained (when a module provides {@link PackageOutcomes}).
 */
record SuggestedStep(PackageSuggestions.Suggestion suggestion, double gainPerMillion, PackageOutcomes.Outcome outcome) {

    static List<SuggestedStep> of(AssessmentSummary assessment, List<PackageSuggestions.Suggestion> suggestions,
                                  Collection<PackageOutcomes> outcomes) {
        Map<String, PackageOutcomes.Outcome> known = new HashMap<>();
        if (!suggestions.isEmpty()) {
            List<String> names = suggestions.stream().map(PackageSuggestions.Suggestion::packageName).distinct()
                    .toList();
            outcomes.forEach(o -> known.putAll(o.outcomes(assessment, names)));
        }
        List<SuggestedStep> steps = new ArrayList<>(suggestions.size());
        for (PackageSuggestions.Suggestion s : suggestions) {
            double perMillion = s.expectedGain() / Math.max(1.0, s.ownCostVnd() / 1_000_000.0);
            steps.add(new SuggestedStep(s, Math.round(perMillion * 10) / 10.0, known.get(s.packageName())));
        }
        return steps;
    }
}
