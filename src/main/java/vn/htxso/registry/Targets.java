package vn.htxso.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.internal.FiguresCache;
import vn.htxso.registry.internal.RegistryFigures;

/**
 * Development targets: the nation's (Resolution 20-NQ/TW, preloaded) and each province's own. Progress compares
 * today's figure with the target, the yearly pace still needed, and whether today's figure is at or above the straight
 * line from the baseline to the target ("on track").
 */
@Service
@Transactional(readOnly = true)
public class Targets {

    public static final String NATIONAL = "VN";

    public enum Metric { HTX_COUNT, HTX_MEMBERS, THT_COUNT, THT_MEMBERS, LHHTX_COUNT }

    public record Target(String scope, Metric metric, int targetYear, long targetValue, Integer baselineYear,
                         Long baselineValue) {
    }

    public record Progress(Target target, long current, double share, long yearlyPaceNeeded, int yearsLeft,
                           Long expectedNow, Boolean onTrack) {
        public long permille() {
            return Math.round(share * 1000);
        }
    }

    private final RegistryFigures figures;
    private final AuditLog auditLog;
    private final Clock clock;
    private final FiguresCache changes;

    Targets(RegistryFigures figures, AuditLog auditLog, Clock clock, FiguresCache changes) {
        this.figures = figures;
        this.auditLog = auditLog;
        this.clock = clock;
        this.changes = changes;
    }

    public List<Target> targets(String scope) {
        return changes.remember("target-list:" + scope, () -> List.copyOf(figures.targets(scope)));
    }

    /** Today's value of each metric in a province, or the nation ({@code null}). */
    public Map<Metric, Long> current(String province) {
        return changes.remember("targets:" + province, () -> currentNow(province));
    }

    private Map<Metric, Long> currentNow(String province) {
        Map<Metric, Long> values = new java.util.EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            values.put(metric, 0L);
        }
        for (RegistryFigures.KindCount kind : figures.standingByKind(province)) {
            switch (kind.kind()) {
                case "HTX" -> {
                    values.put(Metric.HTX_COUNT, kind.organisations());
                    values.put(Metric.HTX_MEMBERS, kind.members());
                }
                case "THT" -> {
                    values.put(Metric.THT_COUNT, kind.organisations());
                    values.put(Metric.THT_MEMBERS, kind.members());
                }
                default -> values.put(Metric.LHHTX_COUNT, kind.organisations());
            }
        }
        return values;
    }

    public List<Progress> progress(String province) {
        Map<Metric, Long> current = current(province);
        int year = thisYear();
        List<Progress> result = new ArrayList<>();
        for (Target target : targets(province == null ? NATIONAL : province)) {
            result.add(progress(target, current.get(target.metric()), year));
        }
        return result;
    }

    static Progress progress(Target target, long current, int year) {
        int yearsLeft = Math.max(target.targetYear() - year, 0);
        long remaining = Math.max(target.targetValue() - current, 0);
        long pace = yearsLeft == 0 ? remaining : (remaining + yearsLeft - 1) / yearsLeft;
        double share = target.targetValue() == 0 ? 1 : Math.min(1.0, (double) current / target.targetValue());
        Long expected = null;
        Boolean onTrack = null;
        if (target.baselineYear() != null && target.baselineValue() != null
                && target.targetYear() > target.baselineYear()) {
            double fraction = Math.min(1.0, Math.max(0.0,
                    (double) (year - target.baselineYear()) / (target.targetYear() - target.baselineYear())));
            expected = Math.round(target.baselineValue() + (target.targetValue() - target.baselineValue()) * fraction);
            onTrack = current >= expected;
        }
        return new Progress(target, current, share, pace, yearsLeft, expected, onTrack);
    }

    /** Sets a target: a province admin for its province, a national admin for any province or the nation. */
    @Transactional
    public void set(CurrentUser user, String scope, Metric metric, int targetYear, long value) {
        boolean allowed = user != null && (NATIONAL.equals(scope) ? user.isNationalAdmin() : user.administers(scope));
        if (!allowed) {
            throw new Forbidden();
        }
        int year = thisYear();
        if (targetYear <= year || targetYear > 2050 || value < 0) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "registry.targets.invalid", year + 1);
        }
        long baseline = current(NATIONAL.equals(scope) ? null : scope).get(metric);
        OffsetDateTime now = VnTime.now(clock);
        figures.setTarget(scope, metric, targetYear, value, year, baseline, now, user.username());
        changes.changed();
        auditLog.record(AuditLog.AuditEntry.of("registry.target.set", "target", scope + ":" + metric,
                targetYear + "=" + value).inProvince(NATIONAL.equals(scope) ? null : scope));
    }

    public int thisYear() {
        return VnTime.now(clock).getYear();
    }

    static <T> Map<Metric, T> byMetric(List<T> list, Function<T, Metric> key) {
        return list.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
