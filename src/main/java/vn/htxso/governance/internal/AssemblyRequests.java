package vn.htxso.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members' written requests for an extraordinary assembly or an agenda change. */
@Repository
public class AssemblyRequests {

    private final JdbcClient jdbc;

    AssemblyRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored request (the signatures needed are computed by the service). */
    public record Row(UUID id, UUID organisationId, UUID assemblyId, String kind, LocalDate receivedOn,
                      int signatures, int officialMembers, boolean bySupervisoryBoard, String status,
                      String refusalReason, String text, LocalDate conveneBy, LocalDate decidedOn) {
    }

    public void insert(Row r, Instant now, String by) {
        jdbc.sql("""
                insert into governance_assembly_requests (id, assembly_id, organisation_id, kind, received_on,
                  signatures, official_members, accepted, refusal_reason, text, created_at, status,
                  by_supervisory_board, convene_by, decided_on, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.assemblyId(), r.organisationId(), r.kind(), r.receivedOn(), r.signatures(),
                        r.officialMembers(), "ACCEPTED".equals(r.status()), r.refusalReason(), r.text(), Rows.at(now),
                        r.status(), r.bySupervisoryBoard(), r.conveneBy(), r.decidedOn(), by)
                .update();
    }

    public Optional<Row> lock(UUID id) {
        return jdbc.sql("select * from governance_assembly_requests where id = ? for update").param(id)
                .query(AssemblyRequests::map).optional();
    }

    public List<Row> of(UUID organisationId) {
        return jdbc.sql("""
                        select * from governance_assembly_requests where organisation_id = ?
                        order by received_on desc, created_at desc""")
                .param(organisationId).query(AssemblyRequests::map).list();
    }

    /** Decides a pending request once; false when it was no longer pending. */
    public boolean decide(UUID id, String status, String refusalReason, LocalDate on) {
        return jdbc.sql("""
                        update governance_assembly_requests set status = ?, accepted = ?, refusal_reason = ?, decided_on = ?
                        where id = ? and status = 'PENDING'""")
                .params(status, "ACCEPTED".equals(status), refusalReason, on, id).update() == 1;
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        return new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "organisation_id"), Rows.uuid(rs, "assembly_id"),
                rs.getString("kind"), Rows.date(rs, "received_on"), rs.getInt("signatures"),
                rs.getInt("official_members"), rs.getBoolean("by_supervisory_board"), rs.getString("status"),
                rs.getString("refusal_reason"), rs.getString("text"), Rows.date(rs, "convene_by"),
                Rows.date(rs, "decided_on"));
    }
}
