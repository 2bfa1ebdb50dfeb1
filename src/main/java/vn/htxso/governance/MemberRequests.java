package vn.htxso.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.AssemblyRequests;
import vn.htxso.governance.internal.Assemblies;
import vn.htxso.governance.internal.CoopScope;
import vn.htxso.governance.internal.GovernanceRules;
import vn.htxso.governance.internal.MemberAccounts;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.registry.OrganisationSummary;

/**
 * Members' written requests to the convenor (Art. 59-60): an extraordinary assembly, asked by at least the law's share
 * of official members (a third, configuration) or by the supervisory board, to be called within the configured days;
 * and an agenda change, signed by the same share and received at least the configured days before the opening. The
 * rule refuses requests with too few signatures or too late; the convenor may refuse a valid agenda change only for
 * the law's reasons (off topic, beyond the assembly's powers, against the charter), and every refusal is kept with
 * its reason. An accepted agenda change is added to the assembly's agenda.
 */
@Service
@Transactional(readOnly = true)
public class MemberRequests {

    private final AssemblyRequests requests;
    private final Assemblies assemblies;
    private final MemberAccounts memberAccounts;
    private final Convening convening;
    private final CoopScope scope;
    private final GovernanceProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    MemberRequests(AssemblyRequests requests, Assemblies assemblies, MemberAccounts memberAccounts,
                   Convening convening, CoopScope scope, GovernanceProperties properties, AuditLog auditLog,
                   Clock clock) {
        this.requests = requests;
        this.assemblies = assemblies;
        this.memberAccounts = memberAccounts;
        this.convening = convening;
        this.scope = scope;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A request as received on paper (the signatures counted) or filed by a member.
     *
     * @param assemblyId for an agenda change, the convened assembly
     */
    public record NewRequest(RequestKind kind, UUID assemblyId, LocalDate receivedOn, Integer signatures,
                             boolean bySupervisoryBoard, String text) {
    }

    /** Files a request: the co-op's manager (recording one received) or one of its official members. */
    @Transactional
    public AssemblyRequest file(CurrentUser user, UUID organisationId, NewRequest request) {
        OrganisationSummary org = scope.readable(user, organisationId);
        if (!user.manages(organisationId) && memberAccounts.memberOf(user.id(), organisationId).isEmpty()) {
            throw new Forbidden();
        }
        LocalDate today = LocalDate.now(clock);
        if (request.kind() == null) {
            throw Convening.invalid("kind", "governance.api.required");
        }
        if (request.receivedOn() == null) {
            throw Convening.invalid("receivedOn", "governance.request.receivedOnRequired");
        }
        if (request.receivedOn().isAfter(today)) {
            throw Convening.invalid("receivedOn", "governance.request.receivedInFuture");
        }
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw Convening.invalid("text", "governance.request.text");
        }
        if (request.bySupervisoryBoard() && request.kind() != RequestKind.EXTRAORDINARY) {
            throw Convening.invalid("bySupervisoryBoard", "governance.request.boardOnlyExtraordinary");
        }
        int official = convening.officialMembers(organisationId, request.receivedOn());
        int signatures = request.signatures() == null ? 0 : request.signatures();
        if (signatures < 0 || signatures > official || (!request.bySupervisoryBoard() && signatures == 0)) {
            throw Convening.invalid("signatures", "governance.request.signatures", official);
        }
        boolean signed = request.bySupervisoryBoard()
                || GovernanceRules.requestSigned(signatures, official, properties.requestShare().threshold());
        Assembly assembly = null;
        if (request.kind() == RequestKind.AGENDA) {
            if (request.assemblyId() == null) {
                throw Convening.invalid("assemblyId", "governance.request.assemblyRequired");
            }
            assembly = assemblies.find(request.assemblyId())
                    .filter(a -> a.organisationId().equals(organisationId))
                    .orElseThrow(() -> Convening.invalid("assemblyId", "governance.request.assemblyRequired"));
            if (assembly.held() || assembly.signed()) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.request.assemblyClosed");
            }
        }
        RequestStatus status;
        RefusalReason reason = null;
        LocalDate conveneBy = null;
        if (!signed) {
            status = RequestStatus.REFUSED;
            reason = RefusalReason.TOO_FEW_SIGNATURES;
        } else if (assembly != null && !GovernanceRules.agendaChangeInTime(request.receivedOn(),
                assembly.scheduledOn(), properties.agendaChangeDays())) {
            status = RequestStatus.REFUSED;
            reason = RefusalReason.LATE;
        } else if (request.kind() == RequestKind.EXTRAORDINARY) {
            status = RequestStatus.ACCEPTED;
            conveneBy = request.receivedOn().plusDays(properties.extraordinaryConveneDays());
        } else {
            status = RequestStatus.PENDING;
        }
        AssemblyRequests.Row row = new AssemblyRequests.Row(UUID.randomUUID(), organisationId,
                assembly == null ? null : assembly.id(), request.kind().name(), request.receivedOn(), signatures,
                official, request.bySupervisoryBoard(), status.name(), reason == null ? null : reason.name(), text,
                conveneBy, status == RequestStatus.PENDING ? null : today);
        requests.insert(row, clock.instant(), user.username());
        auditLog.record(AuditLog.AuditEntry.of("governance.request.filed", "request", row.id(),
                        request.kind() + " " + signatures + "/" + official + " signatures: " + status
                                + (reason == null ? "" : " (" + reason + ")"))
                .inProvince(org.provinceCode()).ofOrganisation(organisationId));
        return view(row);
    }

    /** The convenor accepts a pending agenda change (it joins the agenda) or refuses it with the law's reason. */
    @Transactional
    public AssemblyRequest decide(CurrentUser user, UUID organisationId, UUID requestId, boolean accept,
                                  RefusalReason reason) {
        AssemblyRequests.Row row = requests.lock(requestId).filter(r -> r.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFound("request"));
        OrganisationSummary org = scope.manageable(user, row.organisationId());
        if (!RequestStatus.PENDING.name().equals(row.status())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.request.decided");
        }
        if (!accept && (reason == null || !reason.convenorMayGive())) {
            throw Convening.invalid("reason", "governance.request.reasonRequired");
        }
        Assembly assembly = convening.open(row.assemblyId());
        if (assembly.held()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.request.assemblyClosed");
        }
        LocalDate today = LocalDate.now(clock);
        if (accept) {
            String agenda = (assembly.agenda() == null ? "" : assembly.agenda() + "\n") + row.text();
            if (agenda.length() > 4000) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.assembly.agendaTooLong");
            }
            assemblies.changeAgenda(assembly.id(), agenda);
        }
        requests.decide(requestId, accept ? RequestStatus.ACCEPTED.name() : RequestStatus.REFUSED.name(),
                accept ? null : reason.name(), today);
        auditLog.record(AuditLog.AuditEntry.of("governance.request.decided", "request", requestId,
                        accept ? "accepted" : "refused: " + reason)
                .inProvince(org.provinceCode()).ofOrganisation(row.organisationId()));
        return view(requests.lock(requestId).orElseThrow());
    }

    /** Whether the user may file a request for the co-op: its manager or one of its members' accounts. */
    public boolean mayFile(CurrentUser user, UUID organisationId) {
        scope.readable(user, organisationId);
        return user.manages(organisationId) || memberAccounts.memberOf(user.id(), organisationId).isPresent();
    }

    public List<AssemblyRequest> of(CurrentUser user, UUID organisationId) {
        scope.readable(user, organisationId);
        return requests.of(organisationId).stream().map(this::view).toList();
    }

    private AssemblyRequest view(AssemblyRequests.Row r) {
        return new AssemblyRequest(r.id(), r.organisationId(), r.assemblyId(), RequestKind.valueOf(r.kind()),
                r.receivedOn(), r.signatures(), r.officialMembers(),
                properties.requestShare().needed(r.officialMembers()), r.bySupervisoryBoard(),
                RequestStatus.valueOf(r.status()), r.refusalReason() == null ? null
                        : RefusalReason.valueOf(r.refusalReason()), r.text(), r.conveneBy(), r.decidedOn());
    }
}
