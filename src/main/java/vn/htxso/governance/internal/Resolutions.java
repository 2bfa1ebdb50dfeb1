package vn.htxso.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.governance.Resolution;
import vn.htxso.governance.ResolutionCategory;
import vn.htxso.governance.ResolutionStatus;
import vn.htxso.governance.ResolutionSubject;
import vn.htxso.governance.VotingMethod;

/** Resolutions of assemblies with their counts. */
@Repository
public class Resolutions {

    private final JdbcClient jdbc;

    Resolutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Resolution> find(UUID id) {
        return jdbc.sql("select * from governance_resolutions where id = ?").param(id).query(Resolutions::map).optional();
    }

    /** The resolution row locked: every ballot, paper count and close on it takes this lock first. */
    public Optional<Resolution> lock(UUID id) {
        return jdbc.sql("select * from governance_resolutions where id = ? for update").param(id)
                .query(Resolutions::map).optional();
    }

    public List<Resolution> ofAssembly(UUID assemblyId) {
        return jdbc.sql("select * from governance_resolutions where assembly_id = ? order by created_at, id")
                .param(assemblyId).query(Resolutions::map).list();
    }

    public List<Resolution> openIn(UUID organisationId) {
        return jdbc.sql("""
                        select * from governance_resolutions where organisation_id = ? and status = 'OPEN'
                        order by opened_at""")
                .param(organisationId).query(Resolutions::map).list();
    }

    public void insert(Resolution r, Instant now) {
        jdbc.sql("""
                insert into governance_resolutions (id, assembly_id, organisation_id, title, category, subject, voting,
                  secret, status, charter_id, eligible_voters, present, votes_for, votes_against, abstentions,
                  quorum_reached, passed, opened_at, closed_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.assemblyId(), r.organisationId(), r.title(), r.category().name(), r.subject().name(),
                        r.voting().name(), r.secret(), r.status().name(), r.charterId(), r.eligibleVoters(),
                        r.present(), r.votesFor(), r.votesAgainst(), r.abstentions(), r.quorumReached(), r.passed(),
                        Rows.at(r.openedAt()), Rows.at(r.closedAt()), Rows.at(now))
                .update();
    }

    /** Stores the final counts and closes the vote. */
    public void close(UUID id, int present, int votesFor, int votesAgainst, int abstentions, boolean quorum,
                      boolean passed, Instant at) {
        jdbc.sql("""
                update governance_resolutions set status = 'CLOSED', present = ?, votes_for = ?, votes_against = ?,
                  abstentions = ?, quorum_reached = ?, passed = ?, closed_at = ?, version = version + 1
                where id = ? and status = 'OPEN'""")
                .params(present, votesFor, votesAgainst, abstentions, quorum, passed, Rows.at(at), id).update();
    }

    private static Resolution map(ResultSet rs, int row) throws SQLException {
        return new Resolution(Rows.uuid(rs, "id"), Rows.uuid(rs, "assembly_id"), Rows.uuid(rs, "organisation_id"),
                rs.getString("title"), ResolutionCategory.valueOf(rs.getString("category")),
                ResolutionSubject.valueOf(rs.getString("subject")), VotingMethod.valueOf(rs.getString("voting")),
                rs.getBoolean("secret"), ResolutionStatus.valueOf(rs.getString("status")),
                Rows.uuid(rs, "charter_id"), rs.getInt("eligible_voters"), rs.getInt("present"),
                rs.getInt("votes_for"), rs.getInt("votes_against"), rs.getInt("abstentions"),
                rs.getBoolean("quorum_reached"), rs.getBoolean("passed"), Rows.instant(rs, "opened_at"),
                Rows.instant(rs, "closed_at"));
    }
}
