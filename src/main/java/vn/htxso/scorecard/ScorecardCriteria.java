package vn.htxso.scorecard;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.scorecard.internal.CriteriaSets;

/**
 * The criteria sets: the national default and each province's own, versioned. National admins edit the default
 * (scope {@code VN}) and any province's set; a province admin only its own province's.
 */
@Service
public class ScorecardCriteria {

    public static final int MAX_INDICATORS = 20;

    private final CriteriaSets sets;
    private final AdminUnits adminUnits;
    private final AuditLog auditLog;
    private final Clock clock;

    ScorecardCriteria(CriteriaSets sets, AdminUnits adminUnits, AuditLog auditLog, Clock clock) {
        this.sets = sets;
        this.adminUnits = adminUnits;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The set a province's scorecards use: its own latest version, else the national default's. */
    @Transactional(readOnly = true)
    public CriteriaSet effective(String provinceCode) {
        return sets.latest(provinceCode).orElseGet(this::nationalDefault);
    }

    CriteriaSet nationalDefault() {
        return sets.latest(CriteriaSet.NATIONAL).orElseThrow(() -> new IllegalStateException("no national criteria set"));
    }

    /** The set the user edits for the scope: its latest own version, or the national default as a starting point. */
    @Transactional(readOnly = true)
    public CriteriaSet forEditing(CurrentUser user, String scope) {
        checkScope(user, scope);
        return sets.latest(scope).orElseGet(this::nationalDefault);
    }

    /** Every version of the scope's own set, newest first (empty when the province uses the national default). */
    @Transactional(readOnly = true)
    public List<CriteriaSet> history(CurrentUser user, String scope) {
        checkScope(user, scope);
        return sets.versions(scope);
    }

    /**
     * Saves a new version of the scope's set.
     *
     * @param baseVersion the version of the scope's own set the edit started from (0: none yet); another version
     *                    saved meanwhile makes this a 409
     */
    @Transactional
    public CriteriaSet save(CurrentUser user, String scope, int baseVersion, String note, List<IndicatorInput> rows) {
        checkScope(user, scope);
        List<Indicator> indicators = validate(rows);
        int latest = sets.latest(scope).map(CriteriaSet::version).orElse(0);
        if (latest != baseVersion) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "scorecard.criteria.stale", latest);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 300) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                    List.of(new FieldProblem("note", "scorecard.criteria.noteTooLong")), "scorecard.criteria.invalid");
        }
        int version = latest + 1;
        try {
            sets.insert(scope, version, cleanNote, clock.instant(), user.username(), indicators);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "scorecard.criteria.stale", version);
        }
        AuditEntry entry = AuditEntry.of("scorecard.criteria.saved", "scorecard-criteria", scope + "/v" + version,
                indicators.stream().map(i -> i.code() + ":" + i.target().toPlainString() + "×" + i.weight())
                        .collect(Collectors.joining(" ")));
        auditLog.record(CriteriaSet.NATIONAL.equals(scope) ? entry : entry.inProvince(scope));
        return sets.latest(scope).orElseThrow();
    }

    private void checkScope(CurrentUser user, String scope) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        if (CriteriaSet.NATIONAL.equals(scope)) {
            if (!user.isNationalAdmin()) {
                throw new Forbidden();
            }
            return;
        }
        if (scope == null || adminUnits.province(scope).isEmpty()) {
            throw new NotFound("province");
        }
        if (!user.administers(scope)) {
            throw new Forbidden();
        }
    }

    /** The rows that name a measure, checked: each problem names its row's field. */
    static List<Indicator> validate(List<IndicatorInput> rows) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        Set<Measure> seen = EnumSet.noneOf(Measure.class);
        int weights = 0;
        for (int i = 0; i < (rows == null ? 0 : rows.size()); i++) {
            IndicatorInput row = rows.get(i);
            if (row == null || row.measure() == null || row.measure().isBlank()) {
                continue;
            }
            String at = "rows[" + i + "].";
            Measure measure;
            try {
                measure = Measure.valueOf(row.measure().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(at + "measure", "scorecard.criteria.measureUnknown"));
                continue;
            }
            if (!seen.add(measure)) {
                problems.add(new FieldProblem(at + "measure", "scorecard.criteria.measureTwice"));
            }
            String name = row.name() == null ? "" : row.name().strip();
            if (name.isEmpty() || name.length() > 200) {
                problems.add(new FieldProblem(at + "name", "scorecard.criteria.nameRequired"));
            }
            BigDecimal target = row.target();
            if (target == null || target.signum() < 0 || target.doubleValue() > measure.maxTarget()
                    || target.scale() > 2) {
                problems.add(new FieldProblem(at + "target", "scorecard.criteria.targetRange",
                        (long) measure.maxTarget()));
            }
            Integer weight = row.weight();
            if (weight == null || weight < 0 || weight > 100) {
                problems.add(new FieldProblem(at + "weight", "scorecard.criteria.weightRange"));
            } else {
                weights += weight;
            }
            if (problems.isEmpty()) {
                indicators.add(new Indicator(measure.name(), name, measure, target, weight));
            }
        }
        if (problems.isEmpty() && indicators.isEmpty()) {
            problems.add(new FieldProblem(null, "scorecard.criteria.empty"));
        }
        if (indicators.size() > MAX_INDICATORS) {
            problems.add(new FieldProblem(null, "scorecard.criteria.tooMany", MAX_INDICATORS));
        }
        if (problems.isEmpty() && weights == 0) {
            problems.add(new FieldProblem(null, "scorecard.criteria.noWeight"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, problems, "scorecard.criteria.invalid");
        }
        return indicators;
    }
}
