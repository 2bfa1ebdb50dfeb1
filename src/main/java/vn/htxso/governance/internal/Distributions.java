package vn.htxso.governance.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored distributions of a year's income and each member's line. */
@Repository
public class Distributions {

    private final JdbcClient jdbc;

    Distributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(UUID id, UUID organisationId, int year, long distributableIncomeVnd,
                         long toIndivisibleFundVnd, long toOtherFundsVnd, long toMembersVnd, UUID charterId) {
    }

    public record Line(UUID memberId, String name, long usageVnd, long capitalVnd, long amountVnd) {
    }

    public boolean exists(UUID organisationId, int year) {
        return jdbc.sql("select count(*) from governance_distributions where organisation_id = ? and fiscal_year = ?")
                .params(organisationId, year).query(Integer.class).single() > 0;
    }

    public void insert(Stored d, List<Line> lines, Instant now, String by) {
        jdbc.sql("""
                insert into governance_distributions (id, organisation_id, fiscal_year, distributable_income_vnd,
                  to_indivisible_fund_vnd, to_other_funds_vnd, to_members_vnd, charter_id, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.organisationId(), d.year(), d.distributableIncomeVnd(), d.toIndivisibleFundVnd(),
                        d.toOtherFundsVnd(), d.toMembersVnd(), d.charterId(), Rows.at(now), by)
                .update();
        for (Line l : lines) {
            jdbc.sql("""
                    insert into governance_distribution_lines (distribution_id, member_id, name, usage_vnd,
                      capital_vnd, amount_vnd) values (?, ?, ?, ?, ?, ?)""")
                    .params(d.id(), l.memberId(), l.name(), l.usageVnd(), l.capitalVnd(), l.amountVnd()).update();
        }
    }

    public Optional<Stored> find(UUID organisationId, int year) {
        return jdbc.sql("select * from governance_distributions where organisation_id = ? and fiscal_year = ?")
                .params(organisationId, year)
                .query((rs, i) -> new Stored(Rows.uuid(rs, "id"), Rows.uuid(rs, "organisation_id"),
                        rs.getInt("fiscal_year"), rs.getLong("distributable_income_vnd"),
                        rs.getLong("to_indivisible_fund_vnd"), rs.getLong("to_other_funds_vnd"),
                        rs.getLong("to_members_vnd"), Rows.uuid(rs, "charter_id")))
                .optional();
    }

    public List<Integer> years(UUID organisationId) {
        return jdbc.sql("select fiscal_year from governance_distributions where organisation_id = ? order by fiscal_year desc")
                .param(organisationId).query(Integer.class).list();
    }

    public List<Line> lines(UUID distributionId) {
        return jdbc.sql("select * from governance_distribution_lines where distribution_id = ? order by name, member_id")
                .param(distributionId)
                .query((rs, i) -> new Line(Rows.uuid(rs, "member_id"), rs.getString("name"), rs.getLong("usage_vnd"),
                        rs.getLong("capital_vnd"), rs.getLong("amount_vnd")))
                .list();
    }
}
