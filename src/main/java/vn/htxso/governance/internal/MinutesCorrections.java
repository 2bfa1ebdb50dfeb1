package vn.htxso.governance.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.governance.MinutesCorrection;

/** Corrections of signed minutes; the minutes themselves are never updated. Inserted only, never changed. */
@Repository
public class MinutesCorrections {

    private final JdbcClient jdbc;

    MinutesCorrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(MinutesCorrection c, UUID organisationId, String by) {
        jdbc.sql("""
                insert into governance_minutes_corrections (id, assembly_id, organisation_id, correction, reason,
                  chair_name, secretary_name, signed_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.assemblyId(), organisationId, c.correction(), c.reason(), c.chairName(),
                        c.secretaryName(), Rows.at(c.signedAt()), by)
                .update();
    }

    public List<MinutesCorrection> of(UUID assemblyId) {
        return jdbc.sql("select * from governance_minutes_corrections where assembly_id = ? order by signed_at")
                .param(assemblyId)
                .query((rs, i) -> new MinutesCorrection(Rows.uuid(rs, "id"), Rows.uuid(rs, "assembly_id"),
                        rs.getString("correction"), rs.getString("reason"), rs.getString("chair_name"),
                        rs.getString("secretary_name"), Rows.instant(rs, "signed_at")))
                .list();
    }
}
