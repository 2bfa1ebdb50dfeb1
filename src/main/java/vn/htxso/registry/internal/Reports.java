package vn.htxso.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.registry.AnnualFigures.Figures;
import vn.htxso.registry.AnnualReports.Missing;
import vn.htxso.registry.AnnualReports.Report;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.Sector;
import vn.htxso.registry.SizeClass;

/** The organisations' annual reports, one per organisation and year. */
@Repository
public class Reports {

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest year first. */
    public List<Report> of(UUID organisationId) {
        return jdbc.sql("select * from annual_reports where organisation_id = ? order by report_year desc")
                .param(organisationId).query(Reports::report).list();
    }

    /** Saves the report of its year, replacing an earlier one of the same year. */
    public void save(UUID organisationId, Report report, String digitalTools, OffsetDateTime at, String by) {
        Object[] values = {report.members(), report.workers(), report.memberWorkers(), report.revenueVnd(),
            report.profitVnd(), report.charterCapitalVnd(), report.totalAssetsVnd(), report.avgWorkerIncomeVnd(),
            digitalTools, at, by, organisationId, report.year()};
        int updated = jdbc.sql("""
                update annual_reports set members = ?, workers = ?, member_workers = ?, revenue_vnd = ?,
                  profit_vnd = ?, charter_capital_vnd = ?, total_assets_vnd = ?, avg_worker_income_vnd = ?,
                  digital_tools = ?, updated_at = ?, updated_by = ?
                where organisation_id = ? and report_year = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into annual_reports (members, workers, member_workers, revenue_vnd, profit_vnd,
                      charter_capital_vnd, total_assets_vnd, avg_worker_income_vnd, digital_tools, updated_at,
                      updated_by, organisation_id, report_year)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
    }

    /** Active organisations of the province without a report for the year, by commune and name (at most 2000). */
    public List<Missing> missing(String province, int year) {
        return jdbc.sql("""
                select o.id, o.registration_no, o.name, o.kind, o.commune_name, o.phone from organisations o
                where not exists (select 1 from annual_reports r where r.organisation_id = o.id and r.report_year = ?)
                  and o.province_code = ? and o.status = 'ACTIVE'
                order by o.commune_name, o.name limit 2000""").params(year, province)
                .query((rs, i) -> new Missing(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        OrganisationKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** All reports of a year, of one province or (province null) of the nation, with the register's capital. */
    public List<Figures> figuresOfYear(int year, String provinceCode) {
        return jdbc.sql("""
                select o.id, o.registration_no, o.name, o.kind, o.province_code, o.sector, o.size_class,
                  r.report_year, r.members, r.workers, r.member_workers, r.revenue_vnd,
                  coalesce(r.charter_capital_vnd, o.charter_capital_vnd) as charter, r.avg_worker_income_vnd,
                  m.paid, m.largest
                from annual_reports r join organisations o on o.id = r.organisation_id
                left join (select organisation_id, cast(sum(capital_paid_vnd) as bigint) as paid, max(capital_pledged_vnd) as largest
                           from organisation_members where left_on is null group by organisation_id) m
                  on m.organisation_id = o.id
                where r.report_year = :year and (cast(:province as varchar(2)) is null or o.province_code = :province)
                order by o.registration_no""")
                .param("year", year).param("province", provinceCode)
                .query((rs, n) -> new Figures(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        OrganisationKind.valueOf(rs.getString(4)), rs.getString(5), Sector.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : SizeClass.valueOf(rs.getString(7)), rs.getInt(8),
                        rs.getObject(9, Integer.class), rs.getObject(10, Integer.class),
                        rs.getObject(11, Integer.class), rs.getObject(12, Long.class), rs.getObject(13, Long.class),
                        rs.getObject(14, Long.class), rs.getObject(15, Long.class), rs.getObject(16, Long.class)))
                .list();
    }

    private static Report report(ResultSet rs, int i) throws SQLException {
        return new Report(rs.getInt("report_year"), rs.getObject("members", Integer.class),
                rs.getObject("workers", Integer.class), rs.getObject("member_workers", Integer.class),
                rs.getObject("revenue_vnd", Long.class), rs.getObject("profit_vnd", Long.class),
                rs.getObject("charter_capital_vnd", Long.class), rs.getObject("total_assets_vnd", Long.class),
                rs.getObject("avg_worker_income_vnd", Long.class), rs.getString("digital_tools"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }
}
