package vn.htxso.governance;

import java.time.Instant;
import java.util.UUID;

/**
 * A resolution of an assembly with its counts; for an online vote, the counts so far (live) until it closes.
 *
 * @param secret an election by secret ballot: no choice is stored per voter
 * @param charterId the charter version whose quorum and threshold decided it
 */
public record Resolution(UUID id, UUID assemblyId, UUID organisationId, String title, ResolutionCategory category,
                         ResolutionSubject subject, VotingMethod voting, boolean secret, ResolutionStatus status,
                         UUID charterId, int eligibleVoters, int present, int votesFor, int votesAgainst,
                         int abstentions, boolean quorumReached, boolean passed, Instant openedAt,
                         Instant closedAt) {

    public boolean open() {
        return status == ResolutionStatus.OPEN;
    }
}
