package vn.htxso.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.internal.FiguresCache;
import vn.htxso.registry.internal.Members;

/**
 * The member register of an organisation. Capital caps of the Law on Cooperatives 2023 are checked whenever capital
 * changes: one member at most 30% of the charter capital of a cooperative (40% in a union), foreign members together
 * at most 30%. ID numbers and phones are masked unless the viewer manages the co-op.
 */
@Service
@Transactional(readOnly = true)
public class MemberRegister {

    /** Caps as shares of the charter capital (per cent). */
    public static final int CAP_HTX = 30;
    public static final int CAP_UNION = 40;
    public static final int CAP_FOREIGN = 30;

    private final Members rows;
    private final Directory directory;
    private final OrganisationEditing editing;
    private final AuditLog auditLog;
    private final Clock clock;
    private final FiguresCache changes;

    MemberRegister(Members rows, Directory directory, OrganisationEditing editing, AuditLog auditLog, Clock clock,
                   FiguresCache changes) {
        this.rows = rows;
        this.directory = directory;
        this.editing = editing;
        this.auditLog = auditLog;
        this.clock = clock;
        this.changes = changes;
    }

    /** Recounts an organisation's register figures (current members, women, ethnic minorities). */
    void recount(UUID organisationId) {
        rows.recount(organisationId);
        changes.changed();
    }

    public enum MemberKind { OFFICIAL, ASSOCIATE_CAPITAL, ASSOCIATE }

    public enum PartyType { PERSON, HOUSEHOLD, LEGAL_ENTITY, COOPERATIVE }

    public enum Gender { FEMALE, MALE, OTHER }

    public record Member(UUID id, UUID organisationId, MemberKind kind, PartyType partyType, String name,
                         String idNumber, String phone, Gender gender, String ethnicity, boolean ethnicMinority,
                         boolean foreignMember, Integer birthYear, String communeName, LocalDate joinedOn,
                         LocalDate leftOn, String leaveReason, long capitalPledgedVnd, long capitalPaidVnd,
                         long version) {

        /** The same member with ID number and phone masked (all but the last 3 characters). */
        public Member masked() {
            return new Member(id, organisationId, kind, partyType, name, mask(idNumber), mask(phone), gender,
                    ethnicity, ethnicMinority, foreignMember, birthYear, communeName, joinedOn, leftOn, leaveReason,
                    capitalPledgedVnd, capitalPaidVnd, version);
        }
    }

    public static String mask(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        int keep = Math.min(3, value.length() / 3);
        return "•".repeat(value.length() - keep) + value.substring(value.length() - keep);
    }

    /** Whether the viewer sees ID numbers and phones in clear: only the co-op's own manager. */
    public static boolean seesPersonalData(CurrentUser user, UUID organisationId) {
        return user != null && user.manages(organisationId);
    }

    /** The register as the viewer may see it (masked unless they manage the co-op), current members first. */
    public List<Member> list(CurrentUser user, UUID organisationId) {
        directory.get(user, organisationId);
        boolean clear = seesPersonalData(user, organisationId);
        return rows.of(organisationId).stream().map(m -> clear ? m : m.masked()).toList();
    }

    public Member get(CurrentUser user, UUID organisationId, UUID memberId) {
        directory.get(user, organisationId);
        Member member = rows.find(organisationId, memberId).orElseThrow(() -> new NotFound("member"));
        return seesPersonalData(user, organisationId) ? member : member.masked();
    }

    /** What a form sends; a blank ID number or phone from a viewer who sees them masked keeps the stored one. */
    public record MemberData(MemberKind kind, PartyType partyType, String name, String idNumber, String phone,
                             Gender gender, String ethnicity, boolean foreignMember, Integer birthYear,
                             String communeName, LocalDate joinedOn, LocalDate leftOn, String leaveReason,
                             long capitalPledgedVnd, long capitalPaidVnd) {
    }

    @Transactional
    public UUID add(CurrentUser user, UUID organisationId, MemberData data) {
        Directory.Details org = directory.editable(user, organisationId);
        checkCapital(org, null, data);
        UUID id = UUID.randomUUID();
        rows.insert(id, organisationId, row(data), VnTime.now(clock));
        recount(organisationId);
        editing.history(user, organisationId, "MEMBER_ADDED", data.name().strip());
        auditLog.record(AuditLog.AuditEntry.of("registry.member.added", "member", id, data.name().strip())
                .inProvince(org.provinceCode()).ofOrganisation(organisationId));
        return id;
    }

    @Transactional
    public void update(CurrentUser user, UUID organisationId, UUID memberId, MemberData data, long version) {
        Directory.Details org = directory.editable(user, organisationId);
        get(user, organisationId, memberId);
        checkCapital(org, memberId, data);
        boolean clear = seesPersonalData(user, organisationId);
        boolean saved = rows.update(organisationId, memberId, version, row(data), clear);
        if (!saved) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.member.concurrentEdit");
        }
        recount(organisationId);
        editing.history(user, organisationId, "MEMBER_UPDATED", data.name().strip());
        auditLog.record(AuditLog.AuditEntry.of("registry.member.updated", "member", memberId, data.name().strip())
                .inProvince(org.provinceCode()).ofOrganisation(organisationId));
    }

    /**
     * The capital caps. The base is the declared charter capital, or, when none is declared, the capital pledged by
     * all current members including this change.
     */
    void checkCapital(Directory.Details org, UUID memberId, MemberData data) {
        if (data.capitalPaidVnd() > data.capitalPledgedVnd()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                    List.of(new BusinessRuleViolation.FieldProblem("capitalPaidVnd", "registry.member.paidOverPledged")),
                    "registry.member.paidOverPledged");
        }
        if (org.kind() == OrganisationKind.THT || data.leftOn() != null) {
            return;
        }
        long others = rows.pledgedByOthers(org.id(), memberId, false);
        long othersForeign = rows.pledgedByOthers(org.id(), memberId, true);
        long base = org.charterCapitalVnd() != null && org.charterCapitalVnd() > 0 ? org.charterCapitalVnd()
                : others + data.capitalPledgedVnd();
        if (base <= 0) {
            return;
        }
        int cap = org.kind() == OrganisationKind.LHHTX ? CAP_UNION : CAP_HTX;
        long max = base * cap / 100;
        if (data.capitalPledgedVnd() > max) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                    List.of(new BusinessRuleViolation.FieldProblem("capitalPledgedVnd",
                            "registry.member.capitalCap." + (cap == CAP_UNION ? "union" : "htx"), cap, base, max)),
                    "registry.member.capitalCap." + (cap == CAP_UNION ? "union" : "htx"), cap, base, max);
        }
        if (data.foreignMember()) {
            long foreignMax = base * CAP_FOREIGN / 100;
            if (othersForeign + data.capitalPledgedVnd() > foreignMax) {
                throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                        List.of(new BusinessRuleViolation.FieldProblem("capitalPledgedVnd",
                                "registry.member.capitalCap.foreign", CAP_FOREIGN, base, foreignMax, othersForeign)),
                        "registry.member.capitalCap.foreign", CAP_FOREIGN, base, foreignMax, othersForeign);
            }
        }
    }

    /** Counts of current official members, for the law's minimum. */
    public int officialMembers(UUID organisationId) {
        return rows.officialCount(organisationId);
    }

    private static Members.MemberRow row(MemberData data) {
        return new Members.MemberRow(data.kind(), data.partyType(), data.name().strip(), blank(data.idNumber()),
                blank(data.phone()), data.gender(), blank(data.ethnicity()), isMinority(data.ethnicity()),
                data.foreignMember(), data.birthYear(), blank(data.communeName()), data.joinedOn(), data.leftOn(),
                blank(data.leaveReason()), data.capitalPledgedVnd(), data.capitalPaidVnd());
    }

    static boolean isMinority(String ethnicity) {
        String value = blank(ethnicity);
        return value != null && !vn.htxso.platform.VietnameseText.key(value).equals("kinh");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
