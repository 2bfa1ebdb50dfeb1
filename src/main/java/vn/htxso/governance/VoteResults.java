package vn.htxso.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.Assemblies;
import vn.htxso.governance.internal.Ballots;
import vn.htxso.governance.internal.CoopScope;
import vn.htxso.governance.internal.MemberAccounts;
import vn.htxso.governance.internal.Resolutions;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.RegisteredMember;
import vn.htxso.registry.Registry;

/**
 * What the votes show (reading; the ballots themselves are {@link Voting}): an assembly's resolutions, the votes open
 * in a co-op, and one vote as its viewer sees it, with the counts so far of a vote not yet closed.
 */
@Service
@Transactional(readOnly = true)
public class VoteResults {

    private final Resolutions resolutions;
    private final Ballots ballots;
    private final Assemblies assemblies;
    private final MemberAccounts memberAccounts;
    private final Registry registry;
    private final Convening convening;
    private final CoopScope scope;

    VoteResults(Resolutions resolutions, Ballots ballots, Assemblies assemblies, MemberAccounts memberAccounts,
                Registry registry, Convening convening, CoopScope scope) {
        this.resolutions = resolutions;
        this.ballots = ballots;
        this.assemblies = assemblies;
        this.memberAccounts = memberAccounts;
        this.registry = registry;
        this.convening = convening;
        this.scope = scope;
    }

    public List<Resolution> ofAssembly(CurrentUser user, UUID assemblyId) {
        Assembly assembly = convening.get(user, assemblyId);
        return resolutions.ofAssembly(assembly.id()).stream().map(this::withLiveCounts).toList();
    }

    /** Online votes open in the co-op (for its members' phones). */
    public List<Resolution> openVotes(CurrentUser user, UUID organisationId) {
        scope.readable(user, organisationId);
        return resolutions.openIn(organisationId).stream().map(this::withLiveCounts).toList();
    }

    /**
     * A vote as the viewer sees it: counts so far, how many may still vote, and the viewer's own ballot.
     *
     * @param stillToVote names of official members who have not voted online (for the manager only)
     * @param myChoice the viewer's current choice on an open vote (never on a secret one)
     * @param iVoted whether the viewer has voted
     * @param canVote whether the viewer may vote now
     */
    public record LiveVote(Resolution resolution, Assembly assembly, int onlineBallots, int paperBallots,
                           int mayStillVote, List<String> stillToVote, Optional<Choice> myChoice, boolean iVoted,
                           boolean canVote) {
    }

    public LiveVote live(CurrentUser user, UUID resolutionId) {
        Resolution stored = resolutions.find(resolutionId).orElseThrow(() -> new NotFound("resolution"));
        scope.readable(user, stored.organisationId());
        Resolution resolution = withLiveCounts(stored);
        Assembly assembly = assemblies.find(resolution.assemblyId()).orElseThrow();
        Set<UUID> voters = ballots.voters(resolutionId, resolution.secret());
        int paper = ballots.paper(resolutionId).total();
        int online = resolution.secret() ? voters.size() : ballots.online(resolutionId, false).total();
        Optional<UUID> me = memberAccounts.memberOf(user.id(), resolution.organisationId());
        boolean iVoted = me.isPresent() && voters.contains(me.get());
        Optional<Choice> myChoice = me.isEmpty() || resolution.secret() ? Optional.empty()
                : ballots.choiceOf(resolutionId, me.get());
        List<String> still = user.manages(resolution.organisationId()) && resolution.open()
                ? officials(resolution.organisationId(), assembly.scheduledOn()).stream()
                        .filter(m -> !voters.contains(m.id())).map(RegisteredMember::name).toList()
                : List.of();
        boolean canVote = resolution.open() && me.isPresent() && (!resolution.secret() || !iVoted)
                && officials(resolution.organisationId(), assembly.scheduledOn()).stream()
                        .anyMatch(m -> m.id().equals(me.get()));
        int mayStill = Math.max(0, resolution.eligibleVoters() - online - paper);
        return new LiveVote(resolution, assembly, online, paper, mayStill, still, myChoice, iVoted, canVote);
    }

    /** An open vote with the counts so far (stored counts are written at the close). */
    private Resolution withLiveCounts(Resolution r) {
        if (!r.open()) {
            return r;
        }
        Ballots.Counts c = ballots.all(r.id(), r.secret());
        return new Resolution(r.id(), r.assemblyId(), r.organisationId(), r.title(), r.category(), r.subject(),
                r.voting(), r.secret(), r.status(), r.charterId(), r.eligibleVoters(), c.total(), c.votesFor(),
                c.votesAgainst(), c.abstentions(), false, false, r.openedAt(), r.closedAt());
    }

    private List<RegisteredMember> officials(UUID organisationId, LocalDate day) {
        return registry.members(new CooperativeId(organisationId)).stream()
                .filter(m -> m.official() && m.memberOn(day)).toList();
    }
}
