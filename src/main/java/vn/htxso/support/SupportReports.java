package vn.htxso.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.assessment.AssessmentId;
import vn.htxso.assessment.AssessmentSummary;
import vn.htxso.assessment.Assessments;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.Mean;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnFormat;
import vn.htxso.registry.CooperativeId;

/**
 * Re-assessment reminders and the effect report.
 * <ul>
 * <li>T1 is the first assessment completed after deployment and less than 11 months after it (due 3–6 months after
 * deployment); T2 the first completed 11 months or more after deployment (due from 12 months).</li>
 * <li>The effect report compares each co-op's baseline T0 (the assessment its application was submitted with) with
 * its T1 and T2; a co-op with several applications in a group counts once.</li>
 * </ul>
 */
@Service
public class SupportReports {

    private final Applications applications;
    private final Programmes programmes;
    private final Assessments assessments;
    private final Clock clock;

    SupportReports(Applications applications, Programmes programmes, Assessments assessments, Clock clock) {
        this.applications = applications;
        this.programmes = programmes;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Reminder> reminders(CurrentUser user) {
        Instant now = clock.instant();
        Map<UUID, List<AssessmentSummary>> cache = new HashMap<>();
        List<Reminder> reminders = new ArrayList<>();
        for (Application a : applications.visible(user)) {
            if (a.deployedAt() == null || a.state() == ApplicationState.WITHDRAWN || a.state() == ApplicationState.CANCELLED) {
                continue;
            }
            List<AssessmentSummary> done = cache.computeIfAbsent(a.organisationId(),
                    id -> assessments.completed(new CooperativeId(id)));
            ZonedDateTime deployed = a.deployedAt().atZone(VnFormat.ZONE);
            if (t1(done, a.deployedAt()).isEmpty()) {
                reminders.add(new Reminder(a, "T1", deployed.plusMonths(3).toLocalDate(), deployed.plusMonths(6).toLocalDate(),
                        status(now, deployed.plusMonths(3), deployed.plusMonths(6))));
            }
            if (t2(done, a.deployedAt()).isEmpty() && !now.isBefore(deployed.plusMonths(6).toInstant())) {
                reminders.add(new Reminder(a, "T2", deployed.plusMonths(12).toLocalDate(), deployed.plusMonths(15).toLocalDate(),
                        status(now, deployed.plusMonths(12), deployed.plusMonths(15))));
            }
        }
        return reminders;
    }

    private static String status(Instant now, ZonedDateTime from, ZonedDateTime to) {
        return now.isBefore(from.toInstant()) ? "UPCOMING" : now.isAfter(to.toInstant()) ? "OVERDUE" : "DUE";
    }

    static Optional<AssessmentSummary> t1(List<AssessmentSummary> done, Instant deployedAt) {
        Instant limit = deployedAt.atZone(VnFormat.ZONE).plusMonths(11).toInstant();
        return done.stream().filter(s -> s.completedAt().isAfter(deployedAt) && s.completedAt().isBefore(limit)).findFirst();
    }

    static Optional<AssessmentSummary> t2(List<AssessmentSummary> done, Instant deployedAt) {
        Instant from = deployedAt.atZone(VnFormat.ZONE).plusMonths(11).toInstant();
        return done.stream().filter(s -> !s.completedAt().isBefore(from)).findFirst();
    }

    /** The effect report of a programme, over the applications the user may see. */
    @Transactional(readOnly = true)
    public EffectReport effect(CurrentUser user, UUID programmeId) {
        if (user == null || !(user.isAdmin() || user.providerId() != null)) {
            throw new Forbidden();
        }
        Programme programme = programmes.programme(programmeId);
        List<Application> apps = applications.visible(user).stream()
                .filter(a -> a.programmeId().equals(programmeId)).toList();
        if (apps.isEmpty() && !user.isAdmin()) {
            throw new NotFound("programme");
        }
        Map<UUID, List<AssessmentSummary>> cache = new HashMap<>();
        Map<UUID, Pair> pairs = new HashMap<>();
        for (Application a : apps) {
            if (a.baselineAssessmentId() == null || a.deployedAt() == null) {
                continue;
            }
            List<AssessmentSummary> done = cache.computeIfAbsent(a.organisationId(),
                    id -> assessments.completed(new CooperativeId(id)));
            AssessmentSummary t0 = assessments.find(new AssessmentId(a.baselineAssessmentId())).orElse(null);
            if (t0 != null) {
                pairs.put(a.id(), new Pair(t0, t1(done, a.deployedAt()).orElse(null), t2(done, a.deployedAt()).orElse(null)));
            }
        }
        return new EffectReport(programme, group(apps, pairs, a -> "").get(0),
                group(apps, pairs, Application::packageName), group(apps, pairs, Application::providerName),
                group(apps, pairs, Application::provinceCode));
    }

    private static List<Group> group(List<Application> apps, Map<UUID, Pair> pairs, Function<Application, String> key) {
        Map<String, List<Application>> groups = new TreeMap<>();
        apps.forEach(a -> groups.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a));
        if (groups.isEmpty()) {
            groups.put("", List.of());
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((k, list) -> {
            Map<ApplicationState, Integer> states = new EnumMap<>(ApplicationState.class);
            long reserved = 0;
            long paid = 0;
            Map<UUID, Pair> byCoop = new LinkedHashMap<>();
            for (Application a : list) {
                states.merge(a.state(), 1, Integer::sum);
                reserved += a.reservedVnd();
                paid += a.paidVnd();
                Pair pair = pairs.get(a.id());
                if (pair != null) {
                    byCoop.putIfAbsent(a.organisationId(), pair);
                }
            }
            result.add(new Group(k, states, reserved, paid, change(byCoop.values(), Pair::t1),
                    change(byCoop.values(), Pair::t2)));
        });
        return result;
    }

    private static Change change(java.util.Collection<Pair> pairs, Function<Pair, AssessmentSummary> after) {
        int coops = 0;
        double level = 0;
        double percent = 0;
        Map<String, Mean> dimensions = new TreeMap<>();
        for (Pair p : pairs) {
            AssessmentSummary later = after.apply(p);
            if (later == null) {
                continue;
            }
            coops++;
            level += later.level() - p.t0().level();
            percent += later.percent() - p.t0().percent();
            later.dimensionPercents().forEach((code, pct) -> {
                Double before = p.t0().dimensionPercents().get(code);
                if (before != null) {
                    dimensions.merge(code, Mean.of(pct - before), Mean::plus);
                }
            });
        }
        Map<String, DimensionChange> dims = new LinkedHashMap<>();
        dimensions.forEach((code, mean) -> dims.put(code, new DimensionChange(mean.value(), mean.count())));
        return new Change(coops, coops == 0 ? 0 : level / coops, coops == 0 ? 0 : percent / coops, dims);
    }

    private record Pair(AssessmentSummary t0, AssessmentSummary t1, AssessmentSummary t2) {
    }

    /**
     * @param status UPCOMING, DUE or OVERDUE
     */
    public record Reminder(Application application, String round, java.time.LocalDate dueFrom,
                           java.time.LocalDate dueTo, String status) {
    }

    public record EffectReport(Programme programme, Group total, List<Group> byPackage,
                               List<Group> byProvider, List<Group> byProvince) {
    }

    public record Group(String key, Map<ApplicationState, Integer> states, long reservedVnd, long paidVnd, Change t1,
                        Change t2) {
    }

    /** Average change from T0, over {@code coops} co-ops (level in levels, score in percentage points). */
    public record Change(int coops, double levelChange, double percentChange, Map<String, DimensionChange> dimensions) {
    }

    public record DimensionChange(double percentPoints, int coops) {
    }
}
