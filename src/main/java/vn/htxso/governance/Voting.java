package vn.htxso.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.Assemblies;
import vn.htxso.governance.internal.Ballots;
import vn.htxso.governance.internal.CoopScope;
import vn.htxso.governance.internal.GovernanceRules;
import vn.htxso.governance.internal.MemberAccounts;
import vn.htxso.governance.internal.Resolutions;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.RegisteredMember;
import vn.htxso.registry.Registry;

/**
 * Resolutions and votes. A resolution is either recorded with its counts, or voted online: one official member one
 * vote, changeable until the close (secret for elections: only that a member voted is kept), with paper ballots
 * entered by the secretary added to the same count. Quorum and threshold come from the charter in force on the
 * assembly's day. Every ballot takes the resolution's row lock, so a member's parallel ballots count once and no
 * ballot slips in after the close. What the votes show (live counts, the viewer's ballot) is {@link VoteResults}.
 */
@Service
@Transactional(readOnly = true)
public class Voting {

    private final Resolutions resolutions;
    private final Ballots ballots;
    private final Assemblies assemblies;
    private final MemberAccounts memberAccounts;
    private final Registry registry;
    private final Convening convening;
    private final CharterSettings charters;
    private final CoopScope scope;
    private final AuditLog auditLog;
    private final Clock clock;

    Voting(Resolutions resolutions, Ballots ballots, Assemblies assemblies, MemberAccounts memberAccounts,
           Registry registry, Convening convening, CharterSettings charters, CoopScope scope, AuditLog auditLog,
           Clock clock) {
        this.resolutions = resolutions;
        this.ballots = ballots;
        this.assemblies = assemblies;
        this.memberAccounts = memberAccounts;
        this.registry = registry;
        this.convening = convening;
        this.charters = charters;
        this.scope = scope;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A resolution recorded with its counts (after a show of hands or a paper count). */
    public record RecordedResolution(String title, ResolutionCategory category, ResolutionSubject subject,
                                     int present, int votesFor, int votesAgainst, int abstentions) {
    }

    @Transactional
    public Resolution record(CurrentUser user, UUID assemblyId, RecordedResolution request) {
        Assembly assembly = convening.open(assemblyId);
        OrganisationSummary org = scope.manageable(user, assembly.organisationId());
        String title = title(request.title());
        ResolutionCategory category = required(request.category(), "category");
        String problem = GovernanceRules.countsProblem(assembly.eligibleVoters(), request.present(),
                request.votesFor(), request.votesAgainst(), request.abstentions());
        if (problem != null) {
            throw Convening.invalid(problem.endsWith("presentOverEligible") || problem.endsWith("negative")
                    ? "present" : "votesFor", problem, assembly.eligibleVoters());
        }
        Charter charter = charters.ensure(assembly.organisationId(), assembly.scheduledOn());
        GovernanceRules.Outcome outcome = GovernanceRules.outcome(charter, category, assembly.eligibleVoters(),
                request.present(), request.votesFor());
        ResolutionSubject subject = request.subject() == null ? ResolutionSubject.GENERAL : request.subject();
        Resolution resolution = new Resolution(UUID.randomUUID(), assemblyId, assembly.organisationId(), title,
                category, subject, VotingMethod.RECORDED, subject == ResolutionSubject.ELECTION,
                ResolutionStatus.RECORDED, charter.id(), assembly.eligibleVoters(), request.present(),
                request.votesFor(), request.votesAgainst(), request.abstentions(), outcome.quorumReached(),
                outcome.passed(), null, null);
        resolutions.insert(resolution, clock.instant());
        auditLog.record(AuditLog.AuditEntry.of("governance.resolution.recorded", "resolution", resolution.id(),
                        title + ": present " + request.present() + "/" + assembly.eligibleVoters() + ", for "
                                + request.votesFor() + ", against " + request.votesAgainst() + ", abstain "
                                + request.abstentions() + (outcome.passed() ? ", passed" : ", not passed"))
                .inProvince(org.provinceCode()).ofOrganisation(assembly.organisationId()));
        return resolution;
    }

    /** Opens an online vote; an election is secret. Only for an assembly of all official members. */
    @Transactional
    public Resolution open(CurrentUser user, UUID assemblyId, String title, ResolutionCategory category,
                           ResolutionSubject subject) {
        Assembly assembly = convening.open(assemblyId);
        OrganisationSummary org = scope.manageable(user, assembly.organisationId());
        String cleanTitle = title(title);
        required(category, "category");
        if (assembly.form() != AssemblyForm.FULL) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.vote.onlyFullAssembly");
        }
        Charter charter = charters.ensure(assembly.organisationId(), assembly.scheduledOn());
        ResolutionSubject s = subject == null ? ResolutionSubject.GENERAL : subject;
        boolean secret = s == ResolutionSubject.ELECTION;
        Resolution resolution = new Resolution(UUID.randomUUID(), assemblyId, assembly.organisationId(), cleanTitle,
                category, s, VotingMethod.ONLINE, secret, ResolutionStatus.OPEN, charter.id(),
                assembly.eligibleVoters(), 0, 0, 0, 0, false, false, clock.instant(), null);
        resolutions.insert(resolution, clock.instant());
        if (secret) {
            ballots.openSecretTally(resolution.id());
        }
        auditLog.record(AuditLog.AuditEntry.of("governance.vote.opened", "resolution", resolution.id(),
                        cleanTitle + (secret ? " (secret)" : ""))
                .inProvince(org.provinceCode()).ofOrganisation(assembly.organisationId()));
        return resolution;
    }

    /**
     * A member's ballot. An open vote's ballot may be changed until the close (true is answered for a change); a
     * secret ballot is cast once.
     */
    @Transactional
    public boolean cast(CurrentUser user, UUID resolutionId, Choice choice) {
        Resolution found = resolutions.find(resolutionId).orElseThrow(() -> new NotFound("resolution"));
        scope.readable(user, found.organisationId());
        UUID memberId = voter(user, found.organisationId());
        if (choice == null) {
            throw Convening.invalid("choice", "governance.vote.choiceRequired");
        }
        Resolution resolution = resolutions.lock(resolutionId).orElseThrow();
        if (!resolution.open()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.vote.closed");
        }
        boolean changed;
        if (resolution.secret()) {
            if (ballots.votedSecretly(resolutionId, memberId)) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.vote.secretOnce");
            }
            ballots.castSecret(resolutionId, memberId, choice);
            changed = false;
        } else {
            changed = ballots.castOpen(resolutionId, memberId, choice, clock.instant());
        }
        Ballots.Counts all = ballots.all(resolutionId, resolution.secret());
        if (all.total() > resolution.eligibleVoters()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.vote.overEligible");
        }
        // the audit says that a ballot was cast, never how
        auditLog.record(AuditLog.AuditEntry.of(changed ? "governance.vote.changed" : "governance.vote.cast",
                "resolution", resolutionId, null).ofOrganisation(resolution.organisationId()));
        return changed;
    }

    /** The secretary adds a count of paper ballots to an open vote. */
    @Transactional
    public void addPaper(CurrentUser user, UUID resolutionId, int votesFor, int votesAgainst, int abstentions) {
        Resolution found = resolutions.find(resolutionId).orElseThrow(() -> new NotFound("resolution"));
        OrganisationSummary org = scope.manageable(user, found.organisationId());
        if (votesFor < 0 || votesAgainst < 0 || abstentions < 0 || votesFor + votesAgainst + abstentions == 0) {
            throw Convening.invalid("votesFor", "governance.vote.paperCounts");
        }
        Resolution resolution = resolutions.lock(resolutionId).orElseThrow();
        if (!resolution.open()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.vote.closed");
        }
        Ballots.Counts paper = new Ballots.Counts(votesFor, votesAgainst, abstentions);
        if (ballots.all(resolutionId, resolution.secret()).total() + paper.total() > resolution.eligibleVoters()) {
            throw Convening.invalid("votesFor", "governance.vote.overEligible");
        }
        ballots.addPaper(UUID.randomUUID(), resolutionId, paper, clock.instant(), user.username());
        auditLog.record(AuditLog.AuditEntry.of("governance.vote.paper", "resolution", resolutionId,
                        "for " + votesFor + ", against " + votesAgainst + ", abstain " + abstentions)
                .inProvince(org.provinceCode()).ofOrganisation(resolution.organisationId()));
    }

    /** Closes the vote: the ballots cast are those present; quorum and threshold by the charter in force. */
    @Transactional
    public Resolution close(CurrentUser user, UUID resolutionId) {
        Resolution found = resolutions.find(resolutionId).orElseThrow(() -> new NotFound("resolution"));
        OrganisationSummary org = scope.manageable(user, found.organisationId());
        Resolution resolution = resolutions.lock(resolutionId).orElseThrow();
        if (!resolution.open()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.vote.closed");
        }
        Ballots.Counts counts = ballots.all(resolutionId, resolution.secret());
        Charter charter = charters.inForce(resolution.organisationId(),
                assemblies.find(resolution.assemblyId()).orElseThrow().scheduledOn());
        GovernanceRules.Outcome outcome = GovernanceRules.outcome(charter, resolution.category(),
                resolution.eligibleVoters(), counts.total(), counts.votesFor());
        resolutions.close(resolutionId, counts.total(), counts.votesFor(), counts.votesAgainst(),
                counts.abstentions(), outcome.quorumReached(), outcome.passed(), clock.instant());
        auditLog.record(AuditLog.AuditEntry.of("governance.vote.closed", "resolution", resolutionId,
                        "ballots " + counts.total() + "/" + resolution.eligibleVoters() + ", for " + counts.votesFor()
                                + (outcome.passed() ? ", passed" : ", not passed"))
                .inProvince(org.provinceCode()).ofOrganisation(resolution.organisationId()));
        return resolutions.find(resolutionId).orElseThrow();
    }

    /** The official member the account votes as; associates and unlinked accounts may not vote. */
    private UUID voter(CurrentUser user, UUID organisationId) {
        UUID memberId = memberAccounts.memberOf(user.id(), organisationId)
                .orElseThrow(() -> new BusinessRuleViolation(HttpStatus.FORBIDDEN, "governance.vote.notLinked"));
        RegisteredMember member = registry.members(new CooperativeId(organisationId)).stream()
                .filter(m -> m.id().equals(memberId) && m.memberOn(LocalDate.now(clock))).findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(HttpStatus.FORBIDDEN, "governance.vote.notLinked"));
        if (!member.official()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.vote.associate");
        }
        return memberId;
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw Convening.invalid("title", "governance.resolution.titleRequired");
        }
        if (title.strip().length() > 300) {
            throw Convening.invalid("title", "governance.resolution.titleTooLong");
        }
        return title.strip();
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw Convening.invalid(field, "governance.resolution.required");
        }
        return value;
    }
}
