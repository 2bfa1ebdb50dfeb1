package vn.htxso.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.assessment.AssessmentSummary;
import vn.htxso.assessment.Assessments;
import vn.htxso.assessment.PackageOutcomes;
import vn.htxso.registry.CooperativeId;
import vn.htxso.support.SupportRecords;
import vn.htxso.support.SupportRecords.Participation;
import vn.htxso.support.SupportRecords.ProgrammeInfo;

/**
 * What similar co-ops gained after a DX package, for the assessment's results page: for every co-op that received a
 * package of that name (deployed), its maturity score (% of the maximum) in the last assessment at most six months
 * before the deployment (T0, domain rule 11) and in the first one after it (T1); similar co-ops are those whose T0
 * lies within {@value #BAND} points of the assessed co-op's score; the figure is their mean T1 − T0, shown from
 * {@value #MINIMUM} co-ops. A before/after change of the served co-ops only, not a causal effect (that is the impact
 * report's difference in differences).
 */
@Component
@Transactional(readOnly = true)
class PackageGains implements PackageOutcomes {

    static final int BAND = 20;
    static final int MINIMUM = 3;
    static final Duration T0_WINDOW = Duration.ofDays(183);

    private final SupportRecords support;
    private final Assessments assessments;

    PackageGains(SupportRecords support, Assessments assessments) {
        this.support = support;
        this.assessments = assessments;
    }

    @Override
    public Map<String, Outcome> outcomes(AssessmentSummary assessment, Collection<String> packageNames) {
        Set<String> wanted = new HashSet<>(packageNames);
        Map<String, Map<UUID, Instant>> deployed = new HashMap<>();
        for (ProgrammeInfo programme : support.programmes()) {
            for (Participation p : support.participations(programme.id())) {
                if (p.deployedAt() != null && wanted.contains(p.packageName())
                        && !p.organisationId().equals(assessment.cooperativeId().value())) {
                    deployed.computeIfAbsent(p.packageName(), k -> new HashMap<>())
                            .merge(p.organisationId(), p.deployedAt(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        Map<UUID, List<AssessmentSummary>> history = new HashMap<>();
        Map<String, Outcome> outcomes = new HashMap<>();
        for (var entry : deployed.entrySet()) {
            List<Change> changes = new ArrayList<>();
            for (var org : entry.getValue().entrySet()) {
                List<AssessmentSummary> done = history.computeIfAbsent(org.getKey(),
                        id -> assessments.completed(new CooperativeId(id)));
                change(done, org.getValue()).ifPresent(changes::add);
            }
            outcomes.put(entry.getKey(), outcome(changes, assessment.percent()));
        }
        return outcomes;
    }

    /** A co-op's T0 and T1 scores around its package. */
    record Change(double before, double after) {
    }

    static java.util.Optional<Change> change(List<AssessmentSummary> done, Instant deployedAt) {
        AssessmentSummary before = done.stream()
                .filter(a -> !a.completedAt().isAfter(deployedAt)
                        && !a.completedAt().isBefore(deployedAt.minus(T0_WINDOW)))
                .max(Comparator.comparing(AssessmentSummary::completedAt)).orElse(null);
        AssessmentSummary after = done.stream().filter(a -> a.completedAt().isAfter(deployedAt))
                .min(Comparator.comparing(AssessmentSummary::completedAt)).orElse(null);
        return before == null || after == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Change(before.percent(), after.percent()));
    }

    static Outcome outcome(List<Change> changes, double percent) {
        double[] gains = changes.stream().filter(c -> Math.abs(c.before() - percent) <= BAND)
                .mapToDouble(c -> c.after() - c.before()).toArray();
        if (gains.length < MINIMUM) {
            return new Outcome(null, gains.length, MINIMUM, BAND);
        }
        double mean = java.util.Arrays.stream(gains).average().orElse(0);
        return new Outcome(Math.round(mean * 10) / 10.0, gains.length, MINIMUM, BAND);
    }
}
