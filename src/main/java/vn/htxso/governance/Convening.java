package vn.htxso.governance;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.Assemblies;
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
 * General assemblies: convening (or recording one already held), attendance by check-in code or by the secretary,
 * the day it was held, and the minutes signed by chair and secretary, after which nothing of it changes.
 */
@Service
@Transactional(readOnly = true)
public class Convening {

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Assemblies assemblies;
    private final Resolutions resolutions;
    private final MemberAccounts memberAccounts;
    private final Registry registry;
    private final CoopScope scope;
    private final CharterSettings charters;
    private final GovernanceProperties properties;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Convening(Assemblies assemblies, Resolutions resolutions, MemberAccounts memberAccounts, Registry registry,
              CoopScope scope, CharterSettings charters, GovernanceProperties properties, AuditLog auditLog,
              ApplicationEventPublisher events, Clock clock) {
        this.assemblies = assemblies;
        this.resolutions = resolutions;
        this.memberAccounts = memberAccounts;
        this.registry = registry;
        this.scope = scope;
        this.charters = charters;
        this.properties = properties;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An assembly to convene ({@code heldOn} empty) or to record as held.
     *
     * @param fiscalYear for an annual assembly, the year it reviews (by default the year before its day)
     * @param delegates the number of delegates, for a delegates' assembly
     */
    public record NewAssembly(AssemblyKind kind, AssemblyForm form, MeetingMode mode, Integer fiscalYear,
                              LocalDate scheduledOn, LocalDate heldOn, Integer delegates, String agenda) {
    }

    @Transactional
    public Assembly convene(CurrentUser user, UUID organisationId, NewAssembly request) {
        OrganisationSummary org = scope.manageable(user, organisationId);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = request.heldOn() != null ? request.heldOn() : request.scheduledOn();
        if (request.kind() == null || request.form() == null) {
            throw invalid(request.kind() == null ? "kind" : "form", "governance.assembly.required");
        }
        if (day == null) {
            throw invalid("heldOn", "governance.assembly.dayRequired");
        }
        if (request.heldOn() != null && request.heldOn().isAfter(today)) {
            throw invalid("heldOn", "governance.assembly.heldInFuture");
        }
        int official = officialMembers(organisationId, day);
        int eligible;
        if (request.form() == AssemblyForm.DELEGATES) {
            if (!GovernanceRules.delegatesAllowed(official, properties.delegatesMinimumMembers())) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, List.of(new BusinessRuleViolation.FieldProblem(
                        "form", "governance.assembly.delegatesNeedMembers", properties.delegatesMinimumMembers(),
                        official)), "governance.assembly.delegatesNeedMembers",
                        properties.delegatesMinimumMembers(), official);
            }
            if (request.delegates() == null || request.delegates() < 1 || request.delegates() > official) {
                throw invalid("delegates", "governance.assembly.delegatesCount", official);
            }
            eligible = request.delegates();
        } else {
            if (request.delegates() != null) {
                throw invalid("delegates", "governance.assembly.delegatesOnlyForDelegates");
            }
            eligible = official;
        }
        if (eligible == 0) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.assembly.noOfficialMembers");
        }
        Integer fiscalYear = request.kind() == AssemblyKind.ANNUAL
                ? (request.fiscalYear() != null ? request.fiscalYear() : day.getYear() - 1) : null;
        if (fiscalYear != null && (fiscalYear >= day.getYear() + 1 || fiscalYear < day.getYear() - 2)) {
            throw invalid("fiscalYear", "governance.assembly.fiscalYearInvalid");
        }
        String agenda = request.agenda() == null || request.agenda().isBlank() ? null : request.agenda().strip();
        if (agenda != null && agenda.length() > 4000) {
            throw invalid("agenda", "governance.assembly.agendaTooLong");
        }
        charters.ensure(organisationId, day);
        Assembly assembly = new Assembly(UUID.randomUUID(), organisationId, request.kind(), request.form(),
                request.mode() == null ? MeetingMode.IN_PERSON : request.mode(), fiscalYear, day, request.heldOn(),
                request.form() == AssemblyForm.DELEGATES ? request.delegates() : null, eligible, agenda, newCode(),
                null, null, null, null, null, clock.instant());
        assemblies.insert(assembly, user.username());
        auditLog.record(AuditLog.AuditEntry.of(request.heldOn() == null ? "governance.assembly.convened"
                        : "governance.assembly.recorded", "assembly", assembly.id(),
                        request.kind() + " " + request.form() + " " + day + " eligible " + eligible)
                .inProvince(org.provinceCode()).ofOrganisation(organisationId));
        return assembly;
    }

    public List<Assembly> of(CurrentUser user, UUID organisationId) {
        scope.readable(user, organisationId);
        return assemblies.of(organisationId);
    }

    public Assembly get(CurrentUser user, UUID assemblyId) {
        Assembly assembly = assemblies.find(assemblyId).orElseThrow(() -> new NotFound("assembly"));
        scope.readable(user, assembly.organisationId());
        return assembly;
    }

    /** Who attended: the register's entries with how they came; associates are listed but never vote. */
    public record Attendance(List<Attendee> attendees, int officialPresent, int associatesPresent) {
    }

    public record Attendee(UUID memberId, String name, boolean official, String via) {
    }

    public Attendance attendance(CurrentUser user, UUID assemblyId) {
        Assembly assembly = get(user, assemblyId);
        java.util.Map<UUID, RegisteredMember> members = registry.members(new CooperativeId(assembly.organisationId()))
                .stream().collect(java.util.stream.Collectors.toMap(RegisteredMember::id, m -> m));
        List<Attendee> list = assemblies.attendance(assemblyId).stream()
                .map(a -> new Attendee(a.memberId(), members.containsKey(a.memberId())
                        ? members.get(a.memberId()).name() : "?", a.official(), a.via()))
                .toList();
        int official = (int) list.stream().filter(Attendee::official).count();
        return new Attendance(list, official, list.size() - official);
    }

    /** The code behind the door QR: for the co-op's manager, while the minutes are not signed. */
    public String doorCode(CurrentUser user, UUID assemblyId) {
        Assembly assembly = assemblies.find(assemblyId).orElseThrow(() -> new NotFound("assembly"));
        scope.manageable(user, assembly.organisationId());
        if (assembly.signed()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.minutes.signed");
        }
        return assembly.checkInCode();
    }

    /** A member checks in with the code shown at the door (or its QR). */
    @Transactional
    public void checkIn(CurrentUser user, UUID assemblyId, String code) {
        Assembly assembly = open(assemblyId);
        scope.readable(user, assembly.organisationId());
        UUID memberId = memberAccounts.memberOf(user.id(), assembly.organisationId())
                .orElseThrow(() -> new BusinessRuleViolation(HttpStatus.FORBIDDEN, "governance.vote.notLinked"));
        if (code == null || !assembly.checkInCode().equalsIgnoreCase(code.strip())) {
            throw invalid("code", "governance.attendance.wrongCode");
        }
        attend(assembly, memberId, "CODE");
    }

    /** The secretary ticks a member of the register as present. */
    @Transactional
    public void tick(CurrentUser user, UUID assemblyId, UUID memberId) {
        Assembly assembly = open(assemblyId);
        scope.manageable(user, assembly.organisationId());
        attend(assembly, memberId, "SECRETARY");
    }

    private void attend(Assembly assembly, UUID memberId, String via) {
        LocalDate day = assembly.scheduledOn();
        RegisteredMember member = registry.members(new CooperativeId(assembly.organisationId())).stream()
                .filter(m -> m.id().equals(memberId) && m.memberOn(day)).findFirst()
                .orElseThrow(() -> invalid("memberId", "governance.attendance.notAMember"));
        if (assemblies.attend(assembly.id(), memberId, member.official(), via, clock.instant())) {
            auditLog.record(AuditLog.AuditEntry.of("governance.assembly.attended", "assembly", assembly.id(),
                    "member " + memberId + " via " + via).ofOrganisation(assembly.organisationId()));
        }
    }

    /** Records the day the assembly was held (not in the future, not after its minutes are signed). */
    @Transactional
    public void markHeld(CurrentUser user, UUID assemblyId, LocalDate heldOn) {
        Assembly assembly = open(assemblyId);
        OrganisationSummary org = scope.manageable(user, assembly.organisationId());
        if (heldOn == null) {
            throw invalid("heldOn", "governance.assembly.dayRequired");
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw invalid("heldOn", "governance.assembly.heldInFuture");
        }
        assemblies.markHeld(assemblyId, heldOn);
        auditLog.record(AuditLog.AuditEntry.of("governance.assembly.held", "assembly", assemblyId, "held " + heldOn)
                .inProvince(org.provinceCode()).ofOrganisation(assembly.organisationId()));
    }

    /**
     * Signs the minutes: the assembly must be held and have no open vote; afterwards neither the assembly nor its
     * resolutions change (a correction is a new record), and its resolutions are effective.
     */
    @Transactional
    public Assembly signMinutes(CurrentUser user, UUID assemblyId, String chair, String secretary, String text) {
        Assembly assembly = assemblies.lock(assemblyId).orElseThrow(() -> new NotFound("assembly"));
        OrganisationSummary org = scope.manageable(user, assembly.organisationId());
        if (assembly.signed()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.minutes.signed");
        }
        if (!assembly.held()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.minutes.notHeld");
        }
        if (resolutions.ofAssembly(assemblyId).stream().anyMatch(Resolution::open)) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.minutes.openVotes");
        }
        if (blank(chair) || blank(secretary)) {
            throw invalid(blank(chair) ? "chairName" : "secretaryName", "governance.minutes.signersRequired");
        }
        if (chair.strip().equalsIgnoreCase(secretary.strip())) {
            throw invalid("secretaryName", "governance.minutes.twoSigners");
        }
        String minutes = blank(text) ? null : text.strip();
        if (minutes != null && minutes.length() > 8000) {
            throw invalid("minutesText", "governance.minutes.tooLong");
        }
        assemblies.sign(assemblyId, chair.strip(), secretary.strip(), minutes, clock.instant());
        auditLog.record(AuditLog.AuditEntry.of("governance.minutes.signed", "assembly", assemblyId,
                        "chair " + chair.strip() + ", secretary " + secretary.strip())
                .inProvince(org.provinceCode()).ofOrganisation(assembly.organisationId()));
        events.publishEvent(new MinutesSigned(new AssemblyId(assemblyId), assembly.organisationId(), assembly.kind(),
                assembly.fiscalYear(), assembly.heldOn()));
        return assemblies.find(assemblyId).orElseThrow();
    }

    /** The assembly locked for a change, refused once its minutes are signed. */
    Assembly open(UUID assemblyId) {
        Assembly assembly = assemblies.lock(assemblyId).orElseThrow(() -> new NotFound("assembly"));
        if (assembly.signed()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.minutes.signed");
        }
        return assembly;
    }

    int officialMembers(UUID organisationId, LocalDate day) {
        return (int) registry.members(new CooperativeId(organisationId)).stream()
                .filter(m -> m.official() && m.memberOn(day)).count();
    }

    static BusinessRuleViolation invalid(String field, String key, Object... args) {
        return new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                List.of(new BusinessRuleViolation.FieldProblem(field, key, args)), key, args);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }
}
