package vn.htxso.assessment;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.assessment.internal.AssessmentStore;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Province;
import vn.htxso.platform.Mean;
import vn.htxso.platform.VnFormat;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Registry;

/**
 * The province and national view: levels of the co-ops' latest assessments, averages per dimension, by sector and
 * commune, change over time, co-ops never assessed, evidence waiting for verification.
 */
@Service
public class AssessmentStatistics {

    private final AssessmentStore store;
    private final Assessments assessments;
    private final Registry registry;
    private final AdminUnits adminUnits;

    AssessmentStatistics(AssessmentStore store, Assessments assessments, Registry registry, AdminUnits adminUnits) {
        this.store = store;
        this.assessments = assessments;
        this.registry = registry;
        this.adminUnits = adminUnits;
    }

    /** The provinces the user may look at for the asked one ({@code null}: all the user may see). */
    public List<String> scope(CurrentUser user, String province) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        if (province != null && !province.isBlank()) {
            if (!user.administers(province) || adminUnits.province(province).isEmpty()) {
                throw new NotFound("province");
            }
            return List.of(province);
        }
        return user.isNationalAdmin() ? adminUnits.provinces().stream().map(Province::code).toList()
                : List.of(user.provinceCode());
    }

    @Transactional(readOnly = true)
    public Overview overview(CurrentUser user, String province) {
        List<String> provinces = scope(user, province);
        Map<UUID, OrganisationSummary> organisations = new LinkedHashMap<>();
        for (String code : provinces) {
            registry.inProvince(code).forEach(o -> organisations.put(o.id().value(), o));
        }
        List<AssessmentSummary> all = assessments.completedIn(provinces);
        Map<UUID, AssessmentSummary> latest = new LinkedHashMap<>();
        all.forEach(a -> latest.put(a.cooperativeId().value(), a));
        int[] levels = new int[6];
        latest.values().forEach(a -> levels[a.level()]++);
        Map<String, Mean> dimensionSums = new LinkedHashMap<>();
        for (AssessmentSummary a : latest.values()) {
            a.dimensionPercents().forEach((code, pct) -> dimensionSums.merge(code, Mean.of(pct), Mean::plus));
        }
        Map<String, Double> dimensionAverages = new LinkedHashMap<>();
        dimensionSums.forEach((code, mean) -> dimensionAverages.put(code, mean.value()));
        List<Group> bySector = group(latest.values(), organisations,
                o -> o == null ? "OTHER" : o.sector().name());
        List<Group> byCommune = group(latest.values(), organisations,
                o -> o == null ? "" : o.provinceCode() + " · " + o.communeName());
        Map<String, Scores> periods = new TreeMap<>();
        for (AssessmentSummary a : all) {
            ZonedDateTime at = a.completedAt().atZone(VnFormat.ZONE);
            String quarter = at.getYear() + "-Q" + ((at.getMonthValue() - 1) / 3 + 1);
            periods.merge(quarter, Scores.of(a), Scores::plus);
        }
        List<Period> overTime = new ArrayList<>();
        periods.forEach((q, s) -> overTime.add(new Period(q, s.level().count(), s.level().value(),
                s.percent().value())));
        List<OrganisationSummary> never = organisations.values().stream()
                .filter(o -> !latest.containsKey(o.id().value())).toList();
        List<Row> rows = new ArrayList<>();
        latest.values().forEach(a -> rows.add(new Row(organisations.get(a.cooperativeId().value()), a)));
        List<AssessmentStore.PendingEvidence> pending = store.pendingEvidence(provinces);
        return new Overview(provinces.size() == 1 ? provinces.get(0) : null, organisations.size(), latest.size(),
                levels, dimensionAverages, bySector, byCommune, overTime, never, rows, pending);
    }

    private static List<Group> group(Collection<AssessmentSummary> latest, Map<UUID, OrganisationSummary> organisations,
                                     Function<OrganisationSummary, String> key) {
        Map<String, Scores> sums = new TreeMap<>();
        for (AssessmentSummary a : latest) {
            sums.merge(key.apply(organisations.get(a.cooperativeId().value())), Scores.of(a), Scores::plus);
        }
        List<Group> groups = new ArrayList<>();
        sums.forEach((k, s) -> groups.add(new Group(k, s.level().count(), s.level().value(), s.percent().value())));
        return groups;
    }

    /** The average level and percent of a group of assessments. */
    private record Scores(Mean level, Mean percent) {

        static Scores of(AssessmentSummary a) {
            return new Scores(Mean.of(a.level()), Mean.of(a.percent()));
        }

        Scores plus(Scores other) {
            return new Scores(level.plus(other.level), percent.plus(other.percent));
        }
    }

    public record Overview(String province, int organisations, int assessed, int[] levels,
                           Map<String, Double> dimensionAverages, List<Group> bySector, List<Group> byCommune,
                           List<Period> overTime, List<OrganisationSummary> neverAssessed, List<Row> latest,
                           List<AssessmentStore.PendingEvidence> pendingEvidence) {
        public int maxLevelCount() {
            int max = 1;
            for (int l : levels) {
                max = Math.max(max, l);
            }
            return max;
        }
    }

    public record Group(String key, int count, double averageLevel, double averagePercent) {
    }

    public record Period(String quarter, int count, double averageLevel, double averagePercent) {
    }

    /** A co-op's latest assessment, with the co-op ({@code null} if it left the registry). */
    public record Row(OrganisationSummary organisation, AssessmentSummary assessment) {
    }
}
