package vn.htxso.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.registry.MemberRegister.Gender;
import vn.htxso.registry.MemberRegister.Member;
import vn.htxso.registry.MemberRegister.MemberKind;
import vn.htxso.registry.MemberRegister.PartyType;

/** The member registers of the organisations, with their personal data (masking is the service's job). */
@Repository
public class Members {

    /** Recounts the register figures of the organisations matched by a {@code where} on {@code o}. */
    public static final String RECOUNT = """
            update organisations o set
              registered_members = (select count(*) from organisation_members m
                                    where m.organisation_id = o.id and m.left_on is null),
              women_members = (select count(*) from organisation_members m
                               where m.organisation_id = o.id and m.left_on is null and m.gender = 'FEMALE'),
              minority_members = (select count(*) from organisation_members m
                                  where m.organisation_id = o.id and m.left_on is null and m.ethnic_minority)""";

    private static final UUID NO_ID = new UUID(0, 0);

    /**
     * The stored values of a member. {@code idNumber} and {@code phone} are {@code null} for none; on an update
     * by a viewer who saw them masked ({@code replacePersonalData} false) a {@code null} keeps the stored one.
     */
    public record MemberRow(MemberKind kind, PartyType partyType, String name, String idNumber, String phone,
                            Gender gender, String ethnicity, boolean ethnicMinority, boolean foreignMember,
                            Integer birthYear, String communeName, LocalDate joinedOn, LocalDate leftOn,
                            String leaveReason, long capitalPledgedVnd, long capitalPaidVnd) {
    }

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Current members first, then by name. */
    public List<Member> of(UUID organisationId) {
        return jdbc.sql("select * from organisation_members where organisation_id = ? "
                        + "order by case when left_on is null then 0 else 1 end, name, id")
                .param(organisationId).query(Members::member).list();
    }

    public Optional<Member> find(UUID organisationId, UUID memberId) {
        return jdbc.sql("select * from organisation_members where id = ? and organisation_id = ?")
                .params(memberId, organisationId).query(Members::member).optional();
    }

    public void insert(UUID id, UUID organisationId, MemberRow row, OffsetDateTime at) {
        jdbc.sql("""
                insert into organisation_members (id, organisation_id, member_kind, party_type, name, id_number, phone,
                  gender, ethnicity, ethnic_minority, foreign_member, birth_year, commune_name, joined_on, left_on,
                  leave_reason, capital_pledged_vnd, capital_paid_vnd, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, organisationId, row.kind().name(), row.partyType().name(), row.name(), row.idNumber(),
                        row.phone(), row.gender() == null ? null : row.gender().name(), row.ethnicity(),
                        row.ethnicMinority(), row.foreignMember(), row.birthYear(), row.communeName(),
                        row.joinedOn(), row.leftOn(), row.leaveReason(), row.capitalPledgedVnd(),
                        row.capitalPaidVnd(), at)
                .update();
    }

    /** @return whether the member still had {@code version} */
    public boolean update(UUID organisationId, UUID memberId, long version, MemberRow row,
                          boolean replacePersonalData) {
        boolean clear = replacePersonalData;
        return jdbc.sql("""
                update organisation_members set member_kind = ?, party_type = ?, name = ?,
                  id_number = case when ? then ? else coalesce(?, id_number) end,
                  phone = case when ? then ? else coalesce(?, phone) end,
                  gender = ?, ethnicity = ?, ethnic_minority = ?, foreign_member = ?, birth_year = ?,
                  commune_name = ?, joined_on = ?, left_on = ?, leave_reason = ?, capital_pledged_vnd = ?,
                  capital_paid_vnd = ?, version = version + 1
                where id = ? and organisation_id = ? and version = ?""")
                .params(row.kind().name(), row.partyType().name(), row.name(), clear, row.idNumber(),
                        row.idNumber(), clear, row.phone(), row.phone(),
                        row.gender() == null ? null : row.gender().name(), row.ethnicity(), row.ethnicMinority(),
                        row.foreignMember(), row.birthYear(), row.communeName(), row.joinedOn(), row.leftOn(),
                        row.leaveReason(), row.capitalPledgedVnd(), row.capitalPaidVnd(), memberId, organisationId,
                        version)
                .update() > 0;
    }

    /** Capital pledged by the current members other than {@code memberId} ({@code null}: all), foreign only or all. */
    public long pledgedByOthers(UUID organisationId, UUID memberId, boolean foreignOnly) {
        return jdbc.sql("select coalesce(sum(capital_pledged_vnd), 0) from organisation_members "
                        + "where organisation_id = ? and left_on is null" + (foreignOnly ? " and foreign_member" : "")
                        + " and id <> ?")
                .params(organisationId, memberId == null ? NO_ID : memberId).query(Long.class).single();
    }

    public int officialCount(UUID organisationId) {
        return jdbc.sql("select count(*) from organisation_members where organisation_id = ? and "
                + "left_on is null and member_kind = 'OFFICIAL'").param(organisationId).query(Integer.class).single();
    }

    /** Recounts an organisation's register figures (current members, women, ethnic minorities). */
    public void recount(UUID organisationId) {
        jdbc.sql(RECOUNT + " where o.id = ?").param(organisationId).update();
    }

    private static Member member(ResultSet rs, int i) throws SQLException {
        return new Member(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                MemberKind.valueOf(rs.getString("member_kind")), PartyType.valueOf(rs.getString("party_type")),
                rs.getString("name"), rs.getString("id_number"), rs.getString("phone"),
                rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender")),
                rs.getString("ethnicity"), rs.getBoolean("ethnic_minority"), rs.getBoolean("foreign_member"),
                rs.getObject("birth_year", Integer.class), rs.getString("commune_name"),
                rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                rs.getString("leave_reason"), rs.getLong("capital_pledged_vnd"), rs.getLong("capital_paid_vnd"),
                rs.getLong("version"));
    }
}
