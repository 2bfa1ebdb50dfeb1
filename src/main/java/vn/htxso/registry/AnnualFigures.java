package vn.htxso.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only annual-report figures for analyses in other modules (the insights module's anomaly flags), with what the
 * member register says today: capital paid in by current members and the largest single member's pledged capital.
 */
@Service
@Transactional(readOnly = true)
public class AnnualFigures {

    private final JdbcClient jdbc;

    AnnualFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param charterCapitalVnd the report's figure, else the organisation's
     * @param paidInVnd         capital paid in by current members of the register (null when the register is empty)
     * @param largestMemberVnd  the largest pledged capital of one current member (null when the register is empty)
     */
    public record Figures(UUID organisationId, String registrationNo, String name, OrganisationKind kind,
                          String provinceCode, Sector sector, SizeClass sizeClass, int year, Integer members,
                          Integer workers, Integer memberWorkers, Long revenueVnd, Long charterCapitalVnd,
                          Long avgWorkerIncomeVnd, Long paidInVnd, Long largestMemberVnd) {
    }

    /** All reports of a year, of one province or (province null) of the nation. */
    public List<Figures> ofYear(int year, String provinceCode) {
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

    /** The latest year with reports, of one province or (null) of the nation. */
    public Optional<Integer> latestYear(String provinceCode) {
        return Optional.ofNullable(jdbc.sql("""
                select max(r.report_year) from annual_reports r join organisations o on o.id = r.organisation_id
                where cast(:province as varchar(2)) is null or o.province_code = :province""")
                .param("province", provinceCode).query(Integer.class).single());
    }
}
