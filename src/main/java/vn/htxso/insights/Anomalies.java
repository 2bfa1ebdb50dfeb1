package vn.htxso.insights;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.insights.internal.FlagReviews;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.registry.AnnualFigures;
import vn.htxso.registry.AnnualFigures.Figures;

/**
 * Anomaly flags on annual reports for the alliances: admins only, a province admin its own province only. An officer
 * marks a flag "checked, correct" (audited); the flag stays listed as reviewed.
 */
@Service
@Transactional(readOnly = true)
public class Anomalies {

    private final AnnualFigures figures;
    private final FlagReviews reviews;
    private final AuditLog auditLog;
    private final InsightsProperties properties;
    private final Clock clock;

    Anomalies(AnnualFigures figures, FlagReviews reviews, AuditLog auditLog, InsightsProperties properties,
              Clock clock) {
        this.figures = figures;
        this.reviews = reviews;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    /** The flags of a province's (or, for a national admin without a province, the nation's) reports of a year. */
    public Result flags(CurrentUser user, String province, Integer year) {
        String scope = scope(user, province);
        Integer reportYear = year != null ? year : figures.latestYear(scope).orElse(null);
        if (reportYear == null) {
            return new Result(scope, null, List.of());
        }
        List<Figures> reports = figures.ofYear(reportYear, scope);
        List<Figures> national = scope == null ? reports : figures.ofYear(reportYear, null);
        Map<UUID, Figures> previous = figures.ofYear(reportYear - 1, scope).stream()
                .collect(Collectors.toMap(Figures::organisationId, Function.identity()));
        Set<String> reviewed = reviews.reviewed(reportYear, scope);
        List<AnomalyFlag> flags = new AnomalyRules(properties).check(reports, previous, national).stream()
                .map(f -> f.withReviewed(reviewed.contains(FlagReviews.key(f.organisationId(), f.rule()))))
                .sorted(Comparator.comparing(AnomalyFlag::reviewed).thenComparing(AnomalyFlag::registrationNo)
                        .thenComparing(AnomalyFlag::rule))
                .toList();
        return new Result(scope, reportYear, flags);
    }

    /** Marks a flag "checked, correct"; 404 unless that flag is raised in the officer's scope. Idempotent. */
    @Transactional
    public AnomalyFlag markChecked(CurrentUser user, String province, int year, UUID organisationId, String rule) {
        AnomalyFlag flag = flags(user, province, year).items().stream()
                .filter(f -> f.organisationId().equals(organisationId) && f.rule().equals(rule))
                .findFirst().orElseThrow(() -> new NotFound("flag"));
        if (!user.administers(flag.provinceCode())) {
            throw new NotFound("flag");
        }
        if (reviews.add(organisationId, year, rule, flag.provinceCode(), user.username(), clock.instant())) {
            auditLog.record(AuditEntry.of("insights.flag.checked", "organisation", organisationId,
                    year + " " + rule).inProvince(flag.provinceCode()).ofOrganisation(organisationId));
        }
        return flag.withReviewed(true);
    }

    /** National admins: any province or none (the nation); province admins: their own (the default). */
    private static String scope(CurrentUser user, String province) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        String wanted = province == null || province.isBlank() ? null : province.strip();
        if (user.isNationalAdmin()) {
            return wanted;
        }
        if (wanted == null) {
            return user.provinceCode();
        }
        if (!user.administers(wanted)) {
            throw new Forbidden();
        }
        return wanted;
    }

    /**
     * @param provinceCode null for the nation
     * @param year         null when no report exists in scope
     */
    public record Result(String provinceCode, Integer year, List<AnomalyFlag> items) {
    }
}
