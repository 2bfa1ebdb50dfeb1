package vn.htxso.governance.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.governance.Choice;

/**
 * Ballots of online votes. Open votes: one row per member with the choice, changeable until the close. Secret votes:
 * a row per member saying only that they voted, and apart a count per resolution with no voter in it. Callers hold
 * the resolution's row lock ({@link Resolutions#lock}), so a member's parallel ballots queue and count once; the
 * primary keys hold it even without the lock.
 */
@Repository
public class Ballots {

    private final JdbcClient jdbc;

    Ballots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts so far: for, against, abstain, from open or secret ballots plus paper ballots. */
    public record Counts(int votesFor, int votesAgainst, int abstentions) {
        public int total() {
            return votesFor + votesAgainst + abstentions;
        }

        Counts plus(Counts other) {
            return new Counts(votesFor + other.votesFor, votesAgainst + other.votesAgainst,
                    abstentions + other.abstentions);
        }
    }

    public Optional<Choice> choiceOf(UUID resolutionId, UUID memberId) {
        return jdbc.sql("select choice from governance_ballots where resolution_id = ? and member_id = ?")
                .params(resolutionId, memberId).query(String.class).optional().map(Choice::valueOf);
    }

    /** Casts or changes an open ballot; true when it was a change of an earlier one. */
    public boolean castOpen(UUID resolutionId, UUID memberId, Choice choice, Instant at) {
        int changed = jdbc.sql("""
                        update governance_ballots set choice = ?, cast_at = ?, changes = changes + 1
                        where resolution_id = ? and member_id = ?""")
                .params(choice.name(), Rows.at(at), resolutionId, memberId).update();
        if (changed == 1) {
            return true;
        }
        jdbc.sql("insert into governance_ballots (resolution_id, member_id, choice, cast_at) values (?, ?, ?, ?)")
                .params(resolutionId, memberId, choice.name(), Rows.at(at)).update();
        return false;
    }

    public boolean votedSecretly(UUID resolutionId, UUID memberId) {
        return jdbc.sql("select count(*) from governance_secret_voters where resolution_id = ? and member_id = ?")
                .params(resolutionId, memberId).query(Integer.class).single() > 0;
    }

    /** Records that the member voted (nothing else), then adds the choice to the voterless count. */
    public void castSecret(UUID resolutionId, UUID memberId, Choice choice) {
        jdbc.sql("insert into governance_secret_voters (resolution_id, member_id) values (?, ?)")
                .params(resolutionId, memberId).update();
        String column = switch (choice) {
            case FOR -> "votes_for";
            case AGAINST -> "votes_against";
            case ABSTAIN -> "abstentions";
        };
        jdbc.sql("update governance_secret_tallies set " + column + " = " + column + " + 1 where resolution_id = ?")
                .param(resolutionId).update();
    }

    public void openSecretTally(UUID resolutionId) {
        jdbc.sql("insert into governance_secret_tallies (resolution_id) values (?)").param(resolutionId).update();
    }

    public void addPaper(UUID id, UUID resolutionId, Counts counts, Instant at, String by) {
        jdbc.sql("""
                insert into governance_paper_ballots (id, resolution_id, votes_for, votes_against, abstentions,
                  entered_at, entered_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, resolutionId, counts.votesFor(), counts.votesAgainst(), counts.abstentions(),
                        Rows.at(at), by)
                .update();
    }

    public Counts paper(UUID resolutionId) {
        return jdbc.sql("""
                        select coalesce(sum(votes_for), 0) f, coalesce(sum(votes_against), 0) a,
                               coalesce(sum(abstentions), 0) x from governance_paper_ballots where resolution_id = ?""")
                .param(resolutionId).query((rs, i) -> new Counts(rs.getInt("f"), rs.getInt("a"), rs.getInt("x")))
                .single();
    }

    /** Online ballots so far (open or secret). */
    public Counts online(UUID resolutionId, boolean secret) {
        if (secret) {
            return jdbc.sql("select votes_for, votes_against, abstentions from governance_secret_tallies where resolution_id = ?")
                    .param(resolutionId)
                    .query((rs, i) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional()
                    .orElse(new Counts(0, 0, 0));
        }
        return jdbc.sql("""
                        select coalesce(sum(case when choice = 'FOR' then 1 else 0 end), 0) f,
                               coalesce(sum(case when choice = 'AGAINST' then 1 else 0 end), 0) a,
                               coalesce(sum(case when choice = 'ABSTAIN' then 1 else 0 end), 0) x
                        from governance_ballots where resolution_id = ?""")
                .param(resolutionId).query((rs, i) -> new Counts(rs.getInt("f"), rs.getInt("a"), rs.getInt("x")))
                .single();
    }

    public Counts all(UUID resolutionId, boolean secret) {
        return online(resolutionId, secret).plus(paper(resolutionId));
    }

    /** The members who voted online (open or secret: that they voted is known, not how). */
    public Set<UUID> voters(UUID resolutionId, boolean secret) {
        String table = secret ? "governance_secret_voters" : "governance_ballots";
        return jdbc.sql("select member_id from " + table + " where resolution_id = ?").param(resolutionId)
                .query(UUID.class).list().stream().collect(Collectors.toSet());
    }
}
