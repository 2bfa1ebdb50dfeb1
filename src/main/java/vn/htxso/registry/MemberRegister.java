package vn.htxso.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.internal.FiguresCache;

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
    private static final UUID NO_ID = new UUID(0, 0);

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final AuditLog auditLog;
    private final Clock clock;
    private final FiguresCache changes;

    MemberRegister(JdbcTemplate jdbc, Directory directory, AuditLog auditLog, Clock clock, FiguresCache changes) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.auditLog = auditLog;
        this.clock = clock;
        this.changes = changes;
    }

    /** Recounts an organisation's register figures (current members, women, ethnic minorities). */
    void recount(UUID organisationId) {
        jdbc.update(RECOUNT + " where o.id = ?", organisationId);
        changes.changed();
    }

    public static final String RECOUNT = """
            update organisations o set
              registered_members = (select count(*) from organisation_members m
                                    where m.organisation_id = o.id and m.left_on is null),
              women_members = (select count(*) from organisation_members m
                               where m.organisation_id = o.id and m.left_on is null and m.gender = 'FEMALE'),
              minority_members = (select count(*) from organisation_members m
                                  where m.organisation_id = o.id and m.left_on is null and m.ethnic_minority)""";

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

    private static final RowMapper<Member> MEMBER = (rs, i) -> new Member(rs.getObject("id", UUID.class),
            rs.getObject("organisation_id", UUID.class), MemberKind.valueOf(rs.getString("member_kind")),
            PartyType.valueOf(rs.getString("party_type")), rs.getString("name"), rs.getString("id_number"),
            rs.getString("phone"), rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender")),
            rs.getString("ethnicity"), rs.getBoolean("ethnic_minority"), rs.getBoolean("foreign_member"),
            (Integer) rs.getObject("birth_year", Integer.class), rs.getString("commune_name"),
            rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
            rs.getString("leave_reason"), rs.getLong("capital_pledged_vnd"), rs.getLong("capital_paid_vnd"),
            rs.getLong("version"));

    /** Whether the viewer sees ID numbers and phones in clear: only the co-op's own manager. */
    public static boolean seesPersonalData(CurrentUser user, UUID organisationId) {
        return user != null && user.manages(organisationId);
    }

    /** The register as the viewer may see it (masked unless they manage the co-op), current members first. */
    public List<Member> list(CurrentUser user, UUID organisationId) {
        directory.get(user, organisationId);
        boolean clear = seesPersonalData(user, organisationId);
        return jdbc.query("select * from organisation_members where organisation_id = ? "
                        + "order by case when left_on is null then 0 else 1 end, name, id", MEMBER, organisationId)
                .stream().map(m -> clear ? m : m.masked()).toList();
    }

    public Member get(CurrentUser user, UUID organisationId, UUID memberId) {
        directory.get(user, organisationId);
        Member member = jdbc.query("select * from organisation_members where id = ? and organisation_id = ?", MEMBER,
                memberId, organisationId).stream().findFirst().orElseThrow(() -> new NotFound("member"));
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
        Directory.Details org = editable(user, organisationId);
        checkCapital(org, null, data);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into organisation_members (id, organisation_id, member_kind, party_type, name, id_number, phone,
                  gender, ethnicity, ethnic_minority, foreign_member, birth_year, commune_name, joined_on, left_on,
                  leave_reason, capital_pledged_vnd, capital_paid_vnd, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", id, organisationId,
                data.kind().name(), data.partyType().name(), data.name().strip(), blank(data.idNumber()),
                blank(data.phone()), data.gender() == null ? null : data.gender().name(), blank(data.ethnicity()),
                isMinority(data.ethnicity()), data.foreignMember(), data.birthYear(), blank(data.communeName()),
                data.joinedOn(), data.leftOn(), blank(data.leaveReason()), data.capitalPledgedVnd(),
                data.capitalPaidVnd(), VnTime.now(clock));
        recount(organisationId);
        directory.history(user, organisationId, "MEMBER_ADDED", data.name().strip());
        auditLog.record(AuditLog.AuditEntry.of("registry.member.added", "member", id, data.name().strip())
                .inProvince(org.provinceCode()).ofOrganisation(organisationId));
        return id;
    }

    @Transactional
    public void update(CurrentUser user, UUID organisationId, UUID memberId, MemberData data, long version) {
        Directory.Details org = editable(user, organisationId);
        get(user, organisationId, memberId);
        checkCapital(org, memberId, data);
        boolean clear = seesPersonalData(user, organisationId);
        int updated = jdbc.update("""
                update organisation_members set member_kind = ?, party_type = ?, name = ?,
                  id_number = case when ? then ? else coalesce(?, id_number) end,
                  phone = case when ? then ? else coalesce(?, phone) end,
                  gender = ?, ethnicity = ?, ethnic_minority = ?, foreign_member = ?, birth_year = ?,
                  commune_name = ?, joined_on = ?, left_on = ?, leave_reason = ?, capital_pledged_vnd = ?,
                  capital_paid_vnd = ?, version = version + 1
                where id = ? and organisation_id = ? and version = ?""", data.kind().name(), data.partyType().name(),
                data.name().strip(), clear, blank(data.idNumber()), blank(data.idNumber()), clear, blank(data.phone()),
                blank(data.phone()), data.gender() == null ? null : data.gender().name(), blank(data.ethnicity()),
                isMinority(data.ethnicity()), data.foreignMember(), data.birthYear(), blank(data.communeName()),
                data.joinedOn(), data.leftOn(), blank(data.leaveReason()), data.capitalPledgedVnd(),
                data.capitalPaidVnd(), memberId, organisationId, version);
        if (updated == 0) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.member.concurrentEdit");
        }
        recount(organisationId);
        directory.history(user, organisationId, "MEMBER_UPDATED", data.name().strip());
        auditLog.record(AuditLog.AuditEntry.of("registry.member.updated", "member", memberId, data.name().strip())
                .inProvince(org.provinceCode()).ofOrganisation(organisationId));
    }

    private Directory.Details editable(CurrentUser user, UUID organisationId) {
        Directory.Details org = directory.get(user, organisationId);
        if (!Directory.mayEdit(user, org)) {
            throw new Forbidden();
        }
        return org;
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
        long others = jdbc.queryForObject("select coalesce(sum(capital_pledged_vnd), 0) from organisation_members "
                + "where organisation_id = ? and left_on is null and id <> ?", Long.class,
                org.id(), memberId == null ? NO_ID : memberId);
        long othersForeign = jdbc.queryForObject("select coalesce(sum(capital_pledged_vnd), 0) from "
                + "organisation_members where organisation_id = ? and left_on is null and foreign_member and "
                + "id <> ?", Long.class, org.id(), memberId == null ? NO_ID : memberId);
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
        return jdbc.queryForObject("select count(*) from organisation_members where organisation_id = ? and "
                + "left_on is null and member_kind = 'OFFICIAL'", Integer.class, organisationId);
    }

    static boolean isMinority(String ethnicity) {
        String value = blank(ethnicity);
        return value != null && !vn.htxso.platform.VietnameseText.key(value).equals("kinh");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
