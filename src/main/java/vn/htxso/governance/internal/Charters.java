package vn.htxso.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.governance.Charter;
import vn.htxso.governance.GovernanceModel;
import vn.htxso.governance.Threshold;

/** The versions of each co-op's charter settings. */
@Repository
public class Charters {

    private final JdbcClient jdbc;

    Charters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force on {@code day}: the latest that took effect by then, else the earliest. */
    public Optional<Charter> inForce(UUID organisationId, LocalDate day) {
        return jdbc.sql("""
                        select * from governance_charters where organisation_id = ?
                        order by case when effective_on <= ? then 0 else 1 end, effective_on desc""")
                .params(organisationId, day).query(Charters::map).list().stream().findFirst();
    }

    public List<Charter> of(UUID organisationId) {
        return jdbc.sql("select * from governance_charters where organisation_id = ? order by effective_on desc")
                .param(organisationId).query(Charters::map).list();
    }

    public Optional<Charter> find(UUID id) {
        return jdbc.sql("select * from governance_charters where id = ?").param(id).query(Charters::map).optional();
    }

    /** Locks the co-op's charter rows: the one lock that serialises a co-op's fund and distribution changes. */
    public void lock(UUID organisationId) {
        jdbc.sql("select id from governance_charters where organisation_id = ? for update").param(organisationId)
                .query(UUID.class).list();
    }

    /** The co-ops that use governance here (they have a charter version or an assembly). */
    public java.util.Set<UUID> monitored() {
        return new java.util.HashSet<>(jdbc.sql("""
                        select organisation_id from governance_charters
                        union select organisation_id from governance_assemblies""")
                .query(UUID.class).list());
    }

    /** Whether a resolution already adopted a version. */
    public boolean adoptedBy(UUID resolutionId) {
        return jdbc.sql("select count(*) from governance_charters where adopted_by_resolution_id = ?")
                .param(resolutionId).query(Integer.class).single() > 0;
    }

    public boolean exists(UUID organisationId, LocalDate effectiveOn) {
        return jdbc.sql("select count(*) from governance_charters where organisation_id = ? and effective_on = ?")
                .params(organisationId, effectiveOn).query(Integer.class).single() > 0;
    }

    public void insert(Charter c, Instant now, String by) {
        jdbc.sql("""
                insert into governance_charters (id, organisation_id, effective_on, adopted_by_resolution_id, model,
                  quorum_num, quorum_den, quorum_strict, ordinary_num, ordinary_den, ordinary_strict,
                  special_num, special_den, special_strict, indivisible_fund_percent, other_funds_percent,
                  capital_share_percent, board_size, board_term_years, law_basis, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.organisationId(), c.effectiveOn(), c.adoptedBy(), c.model().name(),
                        c.quorum().numerator(), c.quorum().denominator(), c.quorum().strict(),
                        c.ordinary().numerator(), c.ordinary().denominator(), c.ordinary().strict(),
                        c.special().numerator(), c.special().denominator(), c.special().strict(),
                        c.indivisibleFundPercent(), c.otherFundsPercent(), c.capitalSharePercent(), c.boardSize(),
                        c.boardTermYears(), c.lawBasis(), Rows.at(now), by)
                .update();
    }

    private static Charter map(ResultSet rs, int row) throws SQLException {
        return new Charter(Rows.uuid(rs, "id"), Rows.uuid(rs, "organisation_id"), Rows.date(rs, "effective_on"),
                Rows.uuid(rs, "adopted_by_resolution_id"), GovernanceModel.valueOf(rs.getString("model")),
                new Threshold(rs.getInt("quorum_num"), rs.getInt("quorum_den"), rs.getBoolean("quorum_strict")),
                new Threshold(rs.getInt("ordinary_num"), rs.getInt("ordinary_den"), rs.getBoolean("ordinary_strict")),
                new Threshold(rs.getInt("special_num"), rs.getInt("special_den"), rs.getBoolean("special_strict")),
                rs.getInt("indivisible_fund_percent"), rs.getInt("other_funds_percent"),
                rs.getInt("capital_share_percent"), rs.getInt("board_size"), rs.getInt("board_term_years"),
                rs.getString("law_basis"));
    }
}
