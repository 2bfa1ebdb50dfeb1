package vn.htxso.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.governance.Assembly;
import vn.htxso.governance.AssemblyForm;
import vn.htxso.governance.AssemblyKind;
import vn.htxso.governance.MeetingMode;

/** General assemblies, their attendance and their minutes. */
@Repository
public class Assemblies {

    private final JdbcClient jdbc;

    Assemblies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Assembly> find(UUID id) {
        return jdbc.sql("select * from governance_assemblies where id = ?").param(id).query(Assemblies::map).optional();
    }

    /** The assembly row locked for a change (minutes, attendance, held day). */
    public Optional<Assembly> lock(UUID id) {
        return jdbc.sql("select * from governance_assemblies where id = ? for update").param(id)
                .query(Assemblies::map).optional();
    }

    public List<Assembly> of(UUID organisationId) {
        return jdbc.sql("""
                        select * from governance_assemblies where organisation_id = ?
                        order by scheduled_on desc, created_at desc""")
                .param(organisationId).query(Assemblies::map).list();
    }

    /** Annual assemblies of many co-ops (for monitoring), oldest first. */
    public List<Assembly> annualOf(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from governance_assemblies where kind = 'ANNUAL' and organisation_id in (:ids)
                        order by scheduled_on""")
                .param("ids", organisationIds).query(Assemblies::map).list();
    }

    /** All assemblies of many co-ops (for monitoring), oldest first. */
    public List<Assembly> allOf(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from governance_assemblies where organisation_id in (:ids) order by scheduled_on")
                .param("ids", organisationIds).query(Assemblies::map).list();
    }

    public void insert(Assembly a, String by) {
        jdbc.sql("""
                insert into governance_assemblies (id, organisation_id, kind, form, mode, fiscal_year, scheduled_on,
                  held_on, delegates, eligible_voters, agenda, check_in_code, corrects_id, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.organisationId(), a.kind().name(), a.form().name(), a.mode().name(),
                        a.fiscalYear(), a.scheduledOn(), a.heldOn(), a.delegates(), a.eligibleVoters(), a.agenda(),
                        a.checkInCode(), a.correctsId(), Rows.at(a.createdAt()), by)
                .update();
    }

    public void markHeld(UUID id, LocalDate heldOn) {
        jdbc.sql("update governance_assemblies set held_on = ?, version = version + 1 where id = ? and minutes_signed_at is null")
                .params(heldOn, id).update();
    }

    /** Replaces the agenda of an assembly whose minutes are not signed; false when they are. */
    public boolean changeAgenda(UUID id, String agenda) {
        return jdbc.sql("update governance_assemblies set agenda = ?, version = version + 1 where id = ? and minutes_signed_at is null")
                .params(agenda, id).update() == 1;
    }

    /** Signs the minutes once; false when they were already signed. */
    public boolean sign(UUID id, String chair, String secretary, String text, Instant at) {
        return jdbc.sql("""
                        update governance_assemblies set chair_name = ?, secretary_name = ?, minutes_text = ?,
                          minutes_signed_at = ?, version = version + 1
                        where id = ? and minutes_signed_at is null""")
                .params(chair, secretary, text, Rows.at(at), id).update() == 1;
    }

    public record Attendee(UUID memberId, boolean official, String via, Instant checkedAt) {
    }

    /** Records a member at the assembly once; false when already there. */
    public boolean attend(UUID assemblyId, UUID memberId, boolean official, String via, Instant at) {
        // the caller holds the assembly's row lock, so the check and the insert cannot interleave
        int already = jdbc.sql("select count(*) from governance_attendance where assembly_id = ? and member_id = ?")
                .params(assemblyId, memberId).query(Integer.class).single();
        if (already > 0) {
            return false;
        }
        jdbc.sql("insert into governance_attendance (assembly_id, member_id, official, via, checked_at) values (?, ?, ?, ?, ?)")
                .params(assemblyId, memberId, official, via, Rows.at(at)).update();
        return true;
    }

    public List<Attendee> attendance(UUID assemblyId) {
        return jdbc.sql("select * from governance_attendance where assembly_id = ? order by checked_at")
                .param(assemblyId)
                .query((rs, i) -> new Attendee(Rows.uuid(rs, "member_id"), rs.getBoolean("official"),
                        rs.getString("via"), Rows.instant(rs, "checked_at")))
                .list();
    }

    private static Assembly map(ResultSet rs, int row) throws SQLException {
        return new Assembly(Rows.uuid(rs, "id"), Rows.uuid(rs, "organisation_id"),
                AssemblyKind.valueOf(rs.getString("kind")), AssemblyForm.valueOf(rs.getString("form")),
                MeetingMode.valueOf(rs.getString("mode")), Rows.integer(rs, "fiscal_year"),
                Rows.date(rs, "scheduled_on"), Rows.date(rs, "held_on"), Rows.integer(rs, "delegates"),
                rs.getInt("eligible_voters"), rs.getString("agenda"), rs.getString("check_in_code"),
                rs.getString("chair_name"), rs.getString("secretary_name"), rs.getString("minutes_text"),
                Rows.instant(rs, "minutes_signed_at"), Rows.uuid(rs, "corrects_id"), Rows.instant(rs, "created_at"));
    }
}
