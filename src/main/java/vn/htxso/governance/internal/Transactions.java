package vn.htxso.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger of a co-op's transactions with its members (internal) and with others (external). */
@Repository
public class Transactions {

    private final JdbcClient jdbc;

    Transactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(UUID id, UUID organisationId, LocalDate occurredOn, boolean internal, String direction,
                        UUID memberId, long amountVnd, String description, String source, String sourceRef) {
    }

    public void insert(Entry e, Instant now) {
        jdbc.sql("""
                insert into governance_transactions (id, organisation_id, occurred_on, internal, direction, member_id,
                  amount_vnd, description, source, source_ref, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.organisationId(), e.occurredOn(), e.internal(), e.direction(), e.memberId(),
                        e.amountVnd(), e.description(), e.source(), e.sourceRef(), Rows.at(now))
                .update();
    }

    public List<Entry> of(UUID organisationId, int year) {
        return jdbc.sql("""
                        select * from governance_transactions where organisation_id = ? and occurred_on >= ? and occurred_on <= ?
                        order by occurred_on desc, created_at desc""")
                .params(organisationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, i) -> new Entry(Rows.uuid(rs, "id"), Rows.uuid(rs, "organisation_id"),
                        Rows.date(rs, "occurred_on"), rs.getBoolean("internal"), rs.getString("direction"),
                        Rows.uuid(rs, "member_id"), rs.getLong("amount_vnd"), rs.getString("description"),
                        rs.getString("source"), rs.getString("source_ref")))
                .list();
    }

    /** Revenue of a year: internal and total, in VND. */
    public record Revenue(long internalVnd, long totalVnd) {
    }

    public Revenue revenue(UUID organisationId, int year) {
        return jdbc.sql("""
                        select coalesce(sum(case when internal then amount_vnd else 0 end), 0) i,
                               coalesce(sum(amount_vnd), 0) t
                        from governance_transactions
                        where organisation_id = ? and direction = 'REVENUE' and occurred_on >= ? and occurred_on <= ?""")
                .params(organisationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, i) -> new Revenue(rs.getLong("i"), rs.getLong("t"))).single();
    }

    /** Each member's internal transactions of a year (their use of the co-op's services), in VND. */
    public Map<UUID, Long> usageByMember(UUID organisationId, int year) {
        return jdbc.sql("""
                        select member_id, sum(amount_vnd) s from governance_transactions
                        where organisation_id = ? and internal and member_id is not null
                          and occurred_on >= ? and occurred_on <= ? group by member_id""")
                .params(organisationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, i) -> Map.entry(Rows.uuid(rs, "member_id"), rs.getLong("s"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public boolean sourceSeen(String source, String sourceRef) {
        return jdbc.sql("select count(*) from governance_transactions where source = ? and source_ref = ?")
                .params(source, sourceRef).query(Integer.class).single() > 0;
    }
}
