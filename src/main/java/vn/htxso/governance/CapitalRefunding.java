package vn.htxso.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.Assemblies;
import vn.htxso.governance.internal.CapitalRefunds;
import vn.htxso.governance.internal.Charters;
import vn.htxso.governance.internal.CoopScope;
import vn.htxso.governance.internal.Resolutions;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.RegisteredMember;
import vn.htxso.registry.Registry;

/**
 * Refund of a former member's capital (Art. 90, domain rule 11): only for a member who has left, only once the
 * accounts of the year they left are approved (a passed ACCOUNTS resolution of that year's annual assembly, minutes
 * signed), at most the capital paid less the member's share of losses, once per member, due within the configured
 * months; paid out of members' capital, so the indivisible fund is never touched.
 */
@Service
@Transactional(readOnly = true)
public class CapitalRefunding {

    private final CapitalRefunds refunds;
    private final Assemblies assemblies;
    private final Resolutions resolutions;
    private final Charters charterRows;
    private final Registry registry;
    private final CoopScope scope;
    private final GovernanceProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    CapitalRefunding(CapitalRefunds refunds, Assemblies assemblies, Resolutions resolutions, Charters charterRows,
                     Registry registry, CoopScope scope, GovernanceProperties properties, AuditLog auditLog,
                     Clock clock) {
        this.refunds = refunds;
        this.assemblies = assemblies;
        this.resolutions = resolutions;
        this.charterRows = charterRows;
        this.registry = registry;
        this.scope = scope;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** @param lossShareVnd the member's share of the losses in the approved accounts (0 when none) */
    public record NewRefund(UUID memberId, RefundReason reason, Long lossShareVnd) {
    }

    @Transactional
    public CapitalRefund refund(CurrentUser user, UUID organisationId, NewRefund request) {
        OrganisationSummary org = scope.manageable(user, organisationId);
        if (request.memberId() == null) {
            throw Convening.invalid("memberId", "governance.attendance.notAMember");
        }
        if (request.reason() == null) {
            throw Convening.invalid("reason", "governance.api.required");
        }
        RegisteredMember member = registry.members(new CooperativeId(organisationId)).stream()
                .filter(m -> m.id().equals(request.memberId())).findFirst()
                .orElseThrow(() -> Convening.invalid("memberId", "governance.attendance.notAMember"));
        LocalDate today = LocalDate.now(clock);
        if (member.leftOn() == null || member.leftOn().isAfter(today)) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, List.of(new BusinessRuleViolation.FieldProblem(
                    "memberId", "governance.refund.stillMember")), "governance.refund.stillMember");
        }
        long capital = Math.max(0, member.capitalPaidVnd());
        long loss = request.lossShareVnd() == null ? 0 : request.lossShareVnd();
        if (loss < 0 || loss > capital) {
            throw Convening.invalid("lossShareVnd", "governance.refund.lossShare", capital);
        }
        int year = member.leftOn().getYear();
        Resolution approval = approvedAccounts(organisationId, year)
                .orElseThrow(() -> new BusinessRuleViolation(HttpStatus.CONFLICT,
                        "governance.refund.accountsNotApproved", year));
        charterRows.lock(organisationId);
        if (refunds.exists(organisationId, member.id())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.refund.exists");
        }
        Assembly assembly = assemblies.find(approval.assemblyId()).orElseThrow();
        LocalDate approvedOn = assembly.minutesSignedAt().atZone(vn.htxso.platform.VnFormat.ZONE).toLocalDate();
        CapitalRefund refund = new CapitalRefund(UUID.randomUUID(), organisationId, member.id(), member.name(),
                request.reason(), year, capital, loss, capital - loss, approval.id(),
                approvedOn.plusMonths(properties.refundDueMonths()));
        refunds.insert(refund, clock.instant(), user.username());
        auditLog.record(AuditLog.AuditEntry.of("governance.capital.refunded", "member", member.id(),
                        request.reason() + " " + year + ": capital " + capital + ", loss " + loss + ", refund "
                                + refund.amountVnd())
                .inProvince(org.provinceCode()).ofOrganisation(organisationId));
        return refund;
    }

    public List<CapitalRefund> of(CurrentUser user, UUID organisationId) {
        scope.readable(user, organisationId);
        return refunds.of(organisationId);
    }

    /** The passed ACCOUNTS resolution of the signed annual assembly that reviewed {@code year}. */
    Optional<Resolution> approvedAccounts(UUID organisationId, int year) {
        return assemblies.of(organisationId).stream()
                .filter(a -> a.kind() == AssemblyKind.ANNUAL && a.signed() && Integer.valueOf(year).equals(a.fiscalYear()))
                .flatMap(a -> resolutions.ofAssembly(a.id()).stream())
                .filter(r -> r.subject() == ResolutionSubject.ACCOUNTS && r.passed())
                .findFirst();
    }
}
