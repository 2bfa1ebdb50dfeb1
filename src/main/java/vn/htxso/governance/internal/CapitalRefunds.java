package vn.htxso.governance.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.governance.CapitalRefund;
import vn.htxso.governance.RefundReason;

/** Refunds of former members' capital: one per member of a co-op. */
@Repository
public class CapitalRefunds {

    private final JdbcClient jdbc;

    CapitalRefunds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(UUID organisationId, UUID memberId) {
        return jdbc.sql("select count(*) from governance_capital_refunds where organisation_id = ? and member_id = ?")
                .params(organisationId, memberId).query(Integer.class).single() > 0;
    }

    public void insert(CapitalRefund r, Instant now, String by) {
        jdbc.sql("""
                insert into governance_capital_refunds (id, organisation_id, member_id, member_name, reason, fiscal_year,
                  capital_paid_vnd, loss_share_vnd, amount_vnd, approved_by_resolution_id, due_by, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.organisationId(), r.memberId(), r.memberName(), r.reason().name(), r.fiscalYear(),
                        r.capitalPaidVnd(), r.lossShareVnd(), r.amountVnd(), r.approvedByResolutionId(), r.dueBy(),
                        Rows.at(now), by)
                .update();
    }

    public List<CapitalRefund> of(UUID organisationId) {
        return jdbc.sql("select * from governance_capital_refunds where organisation_id = ? order by created_at desc")
                .param(organisationId)
                .query((rs, i) -> new CapitalRefund(Rows.uuid(rs, "id"), Rows.uuid(rs, "organisation_id"),
                        Rows.uuid(rs, "member_id"), rs.getString("member_name"),
                        RefundReason.valueOf(rs.getString("reason")), rs.getInt("fiscal_year"),
                        rs.getLong("capital_paid_vnd"), rs.getLong("loss_share_vnd"), rs.getLong("amount_vnd"),
                        Rows.uuid(rs, "approved_by_resolution_id"), Rows.date(rs, "due_by")))
                .list();
    }
}
