package vn.htxso.governance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.governance.Assembly;
import vn.htxso.governance.AssemblyForm;
import vn.htxso.governance.AssemblyKind;
import vn.htxso.governance.Choice;
import vn.htxso.governance.Convening;
import vn.htxso.governance.GovernanceSummary;
import vn.htxso.governance.IncomeDistribution;
import vn.htxso.governance.MeetingMode;
import vn.htxso.governance.Monitoring;
import vn.htxso.governance.Resolution;
import vn.htxso.governance.ResolutionCategory;
import vn.htxso.governance.ResolutionSubject;
import vn.htxso.governance.VoteResults;
import vn.htxso.governance.Voting;
import vn.htxso.platform.CurrentUser;

/** API.md: the governance summary, assemblies, resolutions and votes, distributions. */
@RestController
@RequestMapping("/api/v1")
class GovernanceApiController {

    private final Monitoring monitoring;
    private final Convening convening;
    private final Voting voting;
    private final VoteResults results;
    private final IncomeDistribution distribution;
    private final MessageSource messages;

    GovernanceApiController(Monitoring monitoring, Convening convening, Voting voting, VoteResults results,
                            IncomeDistribution distribution, MessageSource messages) {
        this.monitoring = monitoring;
        this.convening = convening;
        this.voting = voting;
        this.results = results;
        this.distribution = distribution;
        this.messages = messages;
    }

    @GetMapping("/cooperatives/{id}/governance")
    SummaryResponse summary(CurrentUser user, @PathVariable UUID id) {
        GovernanceSummary s = monitoring.summary(user, id);
        Locale locale = LocaleContextHolder.getLocale();
        return new SummaryResponse(s.charter().model().name(), s.officialMembers(), s.associateMembers(),
                s.charterCapitalVnd(), s.lastAnnualAssemblyOn(), s.annualAssemblyDueBy(),
                new Thresholds(s.charter().quorum().percent(), s.charter().ordinary().percent(),
                        s.charter().special().percent()),
                s.alerts().stream().map(a -> new AlertResponse(a.code(),
                        messages.getMessage(a.messageKey(), a.arguments().toArray(), locale))).toList());
    }

    @PostMapping("/cooperatives/{id}/assemblies")
    ResponseEntity<AssemblyResponse> assemble(CurrentUser user, @PathVariable UUID id,
                                              @Valid @RequestBody AssemblyRequest body) {
        Assembly a = convening.convene(user, id, new Convening.NewAssembly(body.kind(), body.form(), body.mode(),
                body.fiscalYear() == null ? null : body.fiscalYear().intValueExact(), body.scheduledOn(),
                body.heldOn(), body.delegates() == null ? null : body.delegates().intValueExact(), body.agenda()));
        return ResponseEntity.created(URI.create("/api/v1/assemblies/" + a.id())).body(AssemblyResponse.of(a));
    }

    @GetMapping("/cooperatives/{id}/assemblies")
    List<AssemblyResponse> assemblies(CurrentUser user, @PathVariable UUID id) {
        return convening.of(user, id).stream().map(AssemblyResponse::of).toList();
    }

    @PostMapping("/assemblies/{id}/resolutions")
    ResponseEntity<ResolutionResponse> resolve(CurrentUser user, @PathVariable UUID id,
                                               @Valid @RequestBody ResolutionRequest body) {
        Resolution r = voting.record(user, id, new Voting.RecordedResolution(body.title(), body.category(),
                body.subject(), body.present().intValueExact(), body.votesFor().intValueExact(),
                body.votesAgainst().intValueExact(), body.abstentions().intValueExact()));
        return ResponseEntity.created(URI.create("/api/v1/resolutions/" + r.id())).body(ResolutionResponse.of(r));
    }

    @GetMapping("/assemblies/{id}/resolutions")
    List<ResolutionResponse> resolutions(CurrentUser user, @PathVariable UUID id) {
        return results.ofAssembly(user, id).stream().map(ResolutionResponse::of).toList();
    }

    @PostMapping("/assemblies/{id}/votes")
    ResponseEntity<ResolutionResponse> openVote(CurrentUser user, @PathVariable UUID id,
                                                @Valid @RequestBody VoteRequest body) {
        Resolution r = voting.open(user, id, body.title(), body.category(), body.subject());
        return ResponseEntity.created(URI.create("/api/v1/resolutions/" + r.id())).body(ResolutionResponse.of(r));
    }

    @GetMapping("/resolutions/{id}")
    LiveResponse live(CurrentUser user, @PathVariable UUID id) {
        VoteResults.LiveVote v = results.live(user, id);
        return new LiveResponse(ResolutionResponse.of(v.resolution()), v.onlineBallots(), v.paperBallots(),
                v.mayStillVote(), v.myChoice().orElse(null), v.iVoted(), v.canVote());
    }

    @PostMapping("/resolutions/{id}/ballots")
    BallotResponse cast(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody BallotRequest body) {
        boolean changed = voting.cast(user, id, body.choice());
        return new BallotResponse(id, changed);
    }

    @PostMapping("/resolutions/{id}/close")
    ResolutionResponse close(CurrentUser user, @PathVariable UUID id) {
        return ResolutionResponse.of(voting.close(user, id));
    }

    @PostMapping("/cooperatives/{id}/distributions")
    DistributionResponse distribute(CurrentUser user, @PathVariable UUID id,
                                    @RequestParam(defaultValue = "true") boolean dryRun,
                                    @Valid @RequestBody DistributionRequest body) {
        IncomeDistribution.Plan plan = distribution.distribute(user, id, body.year().intValueExact(),
                body.distributableIncomeVnd().longValueExact(), dryRun);
        return new DistributionResponse(plan.year(), plan.toFundsVnd(), plan.toMembersVnd(),
                plan.toIndivisibleFundVnd(), plan.toOtherFundsVnd(), plan.stored(),
                plan.members().stream().map(l -> new MemberLine(l.memberId(), l.name(), l.usageVnd(),
                        l.capitalVnd(), l.amountVnd())).toList());
    }

    record SummaryResponse(String model, int officialMembers, int associateMembers, Long charterCapitalVnd,
                           LocalDate lastAnnualAssemblyOn, LocalDate annualAssemblyDueBy, Thresholds thresholds,
                           List<AlertResponse> alerts) {
    }

    record Thresholds(BigDecimal quorumPercent, BigDecimal ordinaryPercent, BigDecimal specialPercent) {
    }

    record AlertResponse(String code, String message) {
    }

    record AssemblyRequest(@NotNull(message = "{governance.api.required}") AssemblyKind kind,
                           @NotNull(message = "{governance.api.required}") AssemblyForm form,
                           MeetingMode mode,
                           @Digits(integer = 4, fraction = 0, message = "{governance.api.wholeNumber}") BigDecimal fiscalYear,
                           LocalDate scheduledOn, LocalDate heldOn,
                           @Digits(integer = 7, fraction = 0, message = "{governance.api.wholeNumber}")
                           @Min(value = 1, message = "{governance.api.positive}") BigDecimal delegates,
                           @Size(max = 4000, message = "{governance.api.tooLong}") String agenda) {
    }

    record AssemblyResponse(UUID id, AssemblyKind kind, AssemblyForm form, MeetingMode mode, Integer fiscalYear,
                            LocalDate scheduledOn, LocalDate heldOn, int eligibleVoters, boolean minutesSigned) {
        static AssemblyResponse of(Assembly a) {
            return new AssemblyResponse(a.id(), a.kind(), a.form(), a.mode(), a.fiscalYear(), a.scheduledOn(),
                    a.heldOn(), a.eligibleVoters(), a.signed());
        }
    }

    record ResolutionRequest(@NotBlank(message = "{governance.resolution.titleRequired}")
                             @Size(max = 300, message = "{governance.resolution.titleTooLong}") String title,
                             @NotNull(message = "{governance.api.required}") ResolutionCategory category,
                             ResolutionSubject subject,
                             @NotNull(message = "{governance.api.required}") @PositiveOrZero(message = "{governance.resolution.negative}")
                             @Max(value = 10_000_000, message = "{governance.api.tooLarge}")
                             @Digits(integer = 8, fraction = 0, message = "{governance.api.wholeNumber}") BigDecimal present,
                             @NotNull(message = "{governance.api.required}") @PositiveOrZero(message = "{governance.resolution.negative}")
                             @Max(value = 10_000_000, message = "{governance.api.tooLarge}")
                             @Digits(integer = 8, fraction = 0, message = "{governance.api.wholeNumber}") BigDecimal votesFor,
                             @NotNull(message = "{governance.api.required}") @PositiveOrZero(message = "{governance.resolution.negative}")
                             @Max(value = 10_000_000, message = "{governance.api.tooLarge}")
                             @Digits(integer = 8, fraction = 0, message = "{governance.api.wholeNumber}") BigDecimal votesAgainst,
                             @NotNull(message = "{governance.api.required}") @PositiveOrZero(message = "{governance.resolution.negative}")
                             @Max(value = 10_000_000, message = "{governance.api.tooLarge}")
                             @Digits(integer = 8, fraction = 0, message = "{governance.api.wholeNumber}") BigDecimal abstentions) {
    }

    record ResolutionResponse(UUID id, String title, ResolutionCategory category, ResolutionSubject subject,
                              String voting, boolean secret, String status, int eligibleVoters, int present,
                              int votesFor, int votesAgainst, int abstentions, boolean quorumReached,
                              boolean passed) {
        static ResolutionResponse of(Resolution r) {
            return new ResolutionResponse(r.id(), r.title(), r.category(), r.subject(), r.voting().name(),
                    r.secret(), r.status().name(), r.eligibleVoters(), r.present(), r.votesFor(), r.votesAgainst(),
                    r.abstentions(), r.quorumReached(), r.passed());
        }
    }

    record VoteRequest(@NotBlank(message = "{governance.resolution.titleRequired}")
                       @Size(max = 300, message = "{governance.resolution.titleTooLong}") String title,
                       @NotNull(message = "{governance.api.required}") ResolutionCategory category,
                       ResolutionSubject subject) {
    }

    record LiveResponse(ResolutionResponse resolution, int onlineBallots, int paperBallots, int mayStillVote,
                        Choice myChoice, boolean voted, boolean canVote) {
    }

    record BallotRequest(@NotNull(message = "{governance.vote.choiceRequired}") Choice choice) {
    }

    record BallotResponse(UUID resolutionId, boolean changed) {
    }

    record DistributionRequest(@NotNull(message = "{governance.api.required}")
                               @Digits(integer = 4, fraction = 0, message = "{governance.api.wholeNumber}") BigDecimal year,
                               @NotNull(message = "{governance.api.required}")
                               @PositiveOrZero(message = "{governance.distribution.negative}")
                               @Max(value = 1_000_000_000_000_000L, message = "{governance.api.tooLarge}")
                               @Digits(integer = 18, fraction = 0, message = "{governance.api.wholeNumber}")
                               BigDecimal distributableIncomeVnd) {
    }

    record DistributionResponse(int year, long toFundsVnd, long toMembersVnd, long toIndivisibleFundVnd,
                                long toOtherFundsVnd, boolean stored, List<MemberLine> members) {
    }

    record MemberLine(UUID memberId, String name, long usageVnd, long capitalVnd, long amountVnd) {
    }
}
