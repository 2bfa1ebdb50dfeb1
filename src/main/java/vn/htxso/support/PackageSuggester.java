package vn.htxso.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.assessment.AssessmentModel;
import vn.htxso.assessment.AssessmentSummary;
import vn.htxso.assessment.Assessments;
import vn.htxso.assessment.PackageSuggestions;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Registry;
import vn.htxso.support.internal.SupportStore;

/**
 * Rule-based suggestions: a package is expected to close half of the gap of each dimension it should raise, plus a
 * fifth of the dimension's maximum when it answers a need the co-op ticked. Packages are ranked by that expected gain
 * per million VND the co-op pays itself (price minus subsidy), those within what it said it could contribute first.
 */
@Component
class PackageSuggester implements PackageSuggestions {

    private final SupportStore store;
    private final Programmes programmes;
    private final Assessments assessments;
    private final Registry registry;

    PackageSuggester(SupportStore store, Programmes programmes, Assessments assessments, Registry registry) {
        this.store = store;
        this.programmes = programmes;
        this.assessments = assessments;
        this.registry = registry;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(AssessmentSummary assessment, int limit) {
        OrganisationSummary organisation = registry.find(assessment.cooperativeId()).orElse(null);
        if (organisation == null) {
            return List.of();
        }
        AssessmentModel model = assessments.model(assessment.modelVersion());
        List<Ranked> ranked = new ArrayList<>();
        for (Programme programme : programmes.openIn(organisation.provinceCode())) {
            for (SupportStore.Package pkg : store.packages(programme.id())) {
                if (!pkg.active()) {
                    continue;
                }
                double gain = 0;
                boolean needed = false;
                for (String dimension : pkg.dimensions()) {
                    double max = model.dimension(dimension).map(d -> d.scoredItems().stream()
                            .mapToInt(AssessmentModel.Item::maxPoints).sum()).orElse(0);
                    double percent = assessment.dimensionPercents().getOrDefault(dimension, 0.0);
                    gain += max * (100 - percent) / 100 * 0.5;
                    if (assessment.needs().containsValue(dimension)) {
                        needed = true;
                        gain += max * 0.2;
                    }
                }
                long subsidy = programme.rule().subsidy(pkg.priceVnd(), organisation.sizeClass());
                long own = pkg.priceVnd() - subsidy;
                Double contribution = assessment.contributionMillionVnd();
                boolean affordable = contribution == null || own <= contribution * 1_000_000;
                double perMillion = gain / Math.max(1.0, own / 1_000_000.0);
                ranked.add(new Ranked(new Suggestion(pkg.name(), pkg.providerName(), programme.name(), pkg.priceVnd(),
                        subsidy, own, Math.round(gain * 10) / 10.0, List.copyOf(pkg.dimensions()), needed, affordable,
                        "/support/programmes/" + programme.id() + "#package-" + pkg.id()), perMillion));
            }
        }
        ranked.sort(Comparator.comparing((Ranked r) -> !r.suggestion().affordable())
                .thenComparing(Comparator.comparingDouble(Ranked::perMillion).reversed()));
        return ranked.stream().limit(limit).map(Ranked::suggestion).toList();
    }

    private record Ranked(Suggestion suggestion, double perMillion) {
    }
}
