package vn.htxso.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indivisible fund's ledger by source, with the balance after each movement (never negative). */
@Repository
public class FundMovements {

    private final JdbcClient jdbc;

    FundMovements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Movement(UUID id, LocalDate occurredOn, String source, long amountVnd, long balanceVnd,
                           String note, Instant createdAt) {
    }

    public long balance(UUID organisationId) {
        return jdbc.sql("select coalesce(sum(amount_vnd), 0) from governance_fund_movements where organisation_id = ?")
                .param(organisationId).query(Long.class).single();
    }

    public void insert(UUID organisationId, Movement m) {
        jdbc.sql("""
                insert into governance_fund_movements (id, organisation_id, occurred_on, source, amount_vnd,
                  balance_vnd, note, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id(), organisationId, m.occurredOn(), m.source(), m.amountVnd(), m.balanceVnd(), m.note(),
                        Rows.at(m.createdAt()))
                .update();
    }

    public List<Movement> of(UUID organisationId) {
        return jdbc.sql("select * from governance_fund_movements where organisation_id = ? order by created_at desc, id")
                .param(organisationId)
                .query((rs, i) -> new Movement(Rows.uuid(rs, "id"), Rows.date(rs, "occurred_on"),
                        rs.getString("source"), rs.getLong("amount_vnd"), rs.getLong("balance_vnd"),
                        rs.getString("note"), Rows.instant(rs, "created_at")))
                .list();
    }
}
