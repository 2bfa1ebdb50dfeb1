package vn.htxso.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.VnTime;

/** Annual reports: entered by the co-op (or its alliance) per year; which co-ops have not reported. */
@Service
@Transactional(readOnly = true)
public class AnnualReports {

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final AdminUnits adminUnits;
    private final AuditLog auditLog;
    private final Clock clock;

    AnnualReports(JdbcTemplate jdbc, Directory directory, AdminUnits adminUnits, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.adminUnits = adminUnits;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record Report(int year, Integer members, Integer workers, Integer memberWorkers, Long revenueVnd,
                         Long profitVnd, Long charterCapitalVnd, Long totalAssetsVnd, Long avgWorkerIncomeVnd,
                         String digitalTools, OffsetDateTime updatedAt, String updatedBy) {
    }

    private static final RowMapper<Report> REPORT = (rs, i) -> new Report(rs.getInt("report_year"),
            (Integer) rs.getObject("members", Integer.class), (Integer) rs.getObject("workers", Integer.class),
            (Integer) rs.getObject("member_workers", Integer.class), (Long) rs.getObject("revenue_vnd", Long.class),
            (Long) rs.getObject("profit_vnd", Long.class), (Long) rs.getObject("charter_capital_vnd", Long.class),
            (Long) rs.getObject("total_assets_vnd", Long.class),
            (Long) rs.getObject("avg_worker_income_vnd", Long.class), rs.getString("digital_tools"),
            rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));

    public List<Report> list(CurrentUser user, UUID organisationId) {
        directory.get(user, organisationId);
        return jdbc.query("select * from annual_reports where organisation_id = ? order by report_year desc", REPORT,
                organisationId);
    }

    /** Saves the report of a year (replacing an earlier one of the same year). */
    @Transactional
    public void save(CurrentUser user, UUID organisationId, Report report) {
        Directory.Details org = directory.get(user, organisationId);
        if (!Directory.mayEdit(user, org)) {
            throw new Forbidden();
        }
        OffsetDateTime now = VnTime.now(clock);
        Object[] values = {report.members(), report.workers(), report.memberWorkers(), report.revenueVnd(),
            report.profitVnd(), report.charterCapitalVnd(), report.totalAssetsVnd(), report.avgWorkerIncomeVnd(),
            report.digitalTools() == null || report.digitalTools().isBlank() ? null : report.digitalTools().strip(),
            now, user.username(), organisationId, report.year()};
        int updated = jdbc.update("""
                update annual_reports set members = ?, workers = ?, member_workers = ?, revenue_vnd = ?,
                  profit_vnd = ?, charter_capital_vnd = ?, total_assets_vnd = ?, avg_worker_income_vnd = ?,
                  digital_tools = ?, updated_at = ?, updated_by = ?
                where organisation_id = ? and report_year = ?""", values);
        if (updated == 0) {
            jdbc.update("""
                    insert into annual_reports (members, workers, member_workers, revenue_vnd, profit_vnd,
                      charter_capital_vnd, total_assets_vnd, avg_worker_income_vnd, digital_tools, updated_at,
                      updated_by, organisation_id, report_year)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
        }
        directory.history(user, organisationId, "REPORT_SAVED", String.valueOf(report.year()));
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
        List<Object> args = new ArrayList<>(List.of(year, scope));
        return jdbc.query("""
                select o.id, o.registration_no, o.name, o.kind, o.commune_name, o.phone from organisations o
                where not exists (select 1 from annual_reports r where r.organisation_id = o.id and r.report_year = ?)
                  and o.province_code = ? and o.status = 'ACTIVE'
                order by o.commune_name, o.name limit 2000""", (rs, i) -> new Missing(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3), OrganisationKind.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6)), args.toArray());
    }
}
