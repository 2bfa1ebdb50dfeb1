package vn.htxso.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.assessment.AssessmentSummary;
import vn.htxso.assessment.Assessments;
import vn.htxso.marketplace.SalesHistory;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnFormat;
import vn.htxso.registry.CooperativeId;
import vn.htxso.support.SupportRecords;
import vn.htxso.support.SupportRecords.Participation;
import vn.htxso.support.SupportRecords.ProgrammeInfo;

/**
 * "From support to sales": did co-ops that received a package sell more and mature more than comparable applicants
 * that had not (yet)? Monthly marketplace sales by staggered difference in differences ({@link DidEstimator}), the
 * maturity score T0 → T1 as a two-period comparison; 95 % intervals by a seeded cluster bootstrap; "indicative"
 * below the project's thresholds. Admins only; a province admin sees the programmes open to its province.
 */
@Service
@Transactional(readOnly = true)
public class Impacts {

    /** Months of sales before the programme starts that the panel covers. */
    static final int MONTHS_BEFORE = 12;
    static final int MAX_MONTHS = 48;

    private final SupportRecords support;
    private final SalesHistory sales;
    private final Assessments assessments;
    private final InsightsProperties properties;
    private final Clock clock;

    Impacts(SupportRecords support, SalesHistory sales, Assessments assessments, InsightsProperties properties,
            Clock clock) {
        this.support = support;
        this.sales = sales;
        this.assessments = assessments;
        this.properties = properties;
        this.clock = clock;
    }

    public List<ProgrammeInfo> programmes(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        return support.programmes().stream().filter(p -> visible(user, p)).toList();
    }

    public Impact impact(CurrentUser user, UUID programmeId) {
        ProgrammeInfo programme = programmes(user).stream().filter(p -> p.id().equals(programmeId)).findFirst()
                .orElseThrow(() -> new NotFound("programme"));
        Map<UUID, Instant> firstDeployed = new LinkedHashMap<>();
        for (Participation p : support.participations(programmeId)) {
            firstDeployed.merge(p.organisationId(), p.deployedAt() == null ? Instant.MAX : p.deployedAt(),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        YearMonth now = YearMonth.now(clock.withZone(VnFormat.ZONE));
        YearMonth first = YearMonth.from(programme.startsOn()).minusMonths(MONTHS_BEFORE);
        if (first.until(now, java.time.temporal.ChronoUnit.MONTHS) > MAX_MONTHS) {
            first = now.minusMonths(MAX_MONTHS);
        }
        int months = (int) Math.max(0, first.until(now, java.time.temporal.ChronoUnit.MONTHS));
        Map<UUID, long[]> monthly = sales.monthlyByOrganisation(firstDeployed.keySet(), first, months);
        List<DidEstimator.Unit> units = new ArrayList<>();
        for (var entry : firstDeployed.entrySet()) {
            int group = -1;
            if (!entry.getValue().equals(Instant.MAX)) {
                group = (int) first.until(YearMonth.from(entry.getValue().atZone(VnFormat.ZONE)),
                        java.time.temporal.ChronoUnit.MONTHS);
                if (group < 1) {
                    continue; // treated before the panel starts: no period before to compare with
                }
                if (group >= months) {
                    group = -1; // treated after the last full month: not yet treated over the panel
                }
            }
            long[] y = monthly.get(entry.getKey());
            double[] values = new double[months];
            for (int t = 0; t < months; t++) {
                values[t] = y[t];
            }
            units.add(new DidEstimator.Unit(group, values));
        }
        DidEstimator.Estimate salesEstimate = months < 2 ? DidEstimator.estimate(List.of(), 0, 0)
                : DidEstimator.estimate(units, properties.bootstrapReplicates(), properties.bootstrapSeed());
        DidEstimator.Estimate maturity = maturity(firstDeployed);
        boolean indicative = salesEstimate.indicative(properties.minTreated(), properties.minControls(),
                properties.minPrePeriods())
                || maturity.indicative(properties.minTreated(), properties.minControls(), 1);
        List<EventPoint> study = salesEstimate.eventStudy().stream()
                .map(p -> new EventPoint(p.e(), Math.round(p.att()))).toList();
        return new Impact(programme, salesEstimate.treated(), salesEstimate.control(), Effect.of(maturity, 10),
                Effect.of(salesEstimate, 1), indicative ? "INDICATIVE" : "ESTIMATE", first, months,
                salesEstimate.prePeriods(), maturity.treated(), maturity.control(), study);
    }

    /**
     * Maturity score (% of the maximum) T0 → T1: for a treated co-op its last assessment before the deployment and
     * its first after; for a comparison co-op the same around the treated co-ops' median deployment.
     */
    private DidEstimator.Estimate maturity(Map<UUID, Instant> firstDeployed) {
        List<Instant> deployed = firstDeployed.values().stream().filter(i -> !i.equals(Instant.MAX)).sorted().toList();
        if (deployed.isEmpty()) {
            return DidEstimator.estimate(List.of(), 0, 0);
        }
        Instant pivot = deployed.get(deployed.size() / 2);
        List<DidEstimator.Unit> units = new ArrayList<>();
        for (var entry : firstDeployed.entrySet()) {
            boolean treated = !entry.getValue().equals(Instant.MAX);
            Instant at = treated ? entry.getValue() : pivot;
            List<AssessmentSummary> done = assessments.completed(new CooperativeId(entry.getKey()));
            AssessmentSummary before = done.stream().filter(a -> !a.completedAt().isAfter(at))
                    .max(Comparator.comparing(AssessmentSummary::completedAt)).orElse(null);
            AssessmentSummary after = done.stream().filter(a -> a.completedAt().isAfter(at))
                    .min(Comparator.comparing(AssessmentSummary::completedAt)).orElse(null);
            if (before != null && after != null) {
                units.add(new DidEstimator.Unit(treated ? 1 : -1, new double[] {before.percent(), after.percent()}));
            }
        }
        return DidEstimator.estimate(units, properties.bootstrapReplicates(), properties.bootstrapSeed());
    }

    private static boolean visible(CurrentUser user, ProgrammeInfo p) {
        return user.isNationalAdmin() || p.provinceCodes().isEmpty() || p.provinceCodes().contains(user.provinceCode());
    }

    /**
     * @param treated      co-ops with a deployed package in the sales panel; {@code control} applicants without
     * @param firstMonth   the panel's first month; {@code months} its length
     * @param eventStudy   sales ATT (VND per month) by months since the package (−1 is the base, 0)
     */
    public record Impact(ProgrammeInfo programme, int treated, int control, Effect maturity, Effect salesVnd,
                         String label, YearMonth firstMonth, int months, int prePeriods, int maturityTreated,
                         int maturityControl, List<EventPoint> eventStudy) {
    }

    /** A difference with its 95 % interval, or nulls when it cannot be estimated. */
    public record Effect(Double difference, Double low, Double high) {

        static Effect of(DidEstimator.Estimate e, double scale) {
            if (!e.estimable()) {
                return new Effect(null, null, null);
            }
            return new Effect(round(e.att(), scale), Double.isNaN(e.low()) ? null : round(e.low(), scale),
                    Double.isNaN(e.high()) ? null : round(e.high(), scale));
        }

        private static double round(double value, double scale) {
            return Math.round(value * scale) / scale;
        }
    }

    public record EventPoint(int e, long att) {
    }
}
