package vn.htxso.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.internal.Reports;

/** Annual reports: entered by the co-op (or its alliance) per year; which co-ops have not reported. */
@Service
@Transactional(readOnly = true)
public class AnnualReports {

    private final Reports reports;
    private final Directory directory;
    private final OrganisationEditing editing;
    private final AdminUnits adminUnits;
    private final AuditLog auditLog;
    private final Clock clock;

    AnnualReports(Reports reports, Directory directory, OrganisationEditing editing, AdminUnits adminUnits,
                  AuditLog auditLog, Clock clock) {
        this.reports = reports;
        this.directory = directory;
        this.editing = editing;
        this.adminUnits = adminUnits;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record Report(int year, Integer members, Integer workers, Integer memberWorkers, Long revenueVnd,
                         Long profitVnd, Long charterCapitalVnd, Long totalAssetsVnd, Long avgWorkerIncomeVnd,
                         String digitalTools, OffsetDateTime updatedAt, String updatedBy) {
    }

    public List<Report> list(CurrentUser user, UUID organisationId) {
        directory.get(user, organisationId);
        return reports.of(organisationId);
    }

    /** Saves the report of a year (replacing an earlier one of the same year). */
    @Transactional
    public void save(CurrentUser user, UUID organisationId, Report report) {
        Directory.Details org = directory.editable(user, organisationId);
        reports.save(organisationId, report,
                report.digitalTools() == null || report.digitalTools().isBlank() ? null : report.digitalTools().strip(),
                VnTime.now(clock), user.username());
        editing.history(user, organisationId, "REPORT_SAVED", String.valueOf(report.year()));
        auditLog.record(AuditLog.AuditEntry.of("registry.report.saved", "organisation", organisationId,
                "year=" + report.year()).inProvince(org.provinceCode()).ofOrganisation(organisationId));
    }

    public record Missing(UUID id, String registrationNo, String name, OrganisationKind kind, String communeName,
                          String phone) {
    }

    /** Active organisations of the province without a report for the year. */
    public List<Missing> missing(CurrentUser user, String province, int year) {
        String scope = Scopes.listProvince(user, province, adminUnits);
        if (scope == null) {
            return List.of();
        }
        return reports.missing(scope, year);
    }
}
