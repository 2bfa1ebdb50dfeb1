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

import vn.htxso.governance.Officer;
import vn.htxso.governance.OfficerRole;

/** The co-ops' officers and their terms. */
@Repository
public class Officers {

    private final JdbcClient jdbc;

    Officers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Officer> of(UUID organisationId) {
        return jdbc.sql("select * from governance_officers where organisation_id = ? order by role, term_start desc, name")
                .param(organisationId).query(Officers::map).list();
    }

    public List<Officer> ofAll(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from governance_officers where organisation_id in (:ids)")
                .param("ids", organisationIds).query(Officers::map).list();
    }

    public Optional<Officer> find(UUID id) {
        return jdbc.sql("select * from governance_officers where id = ?").param(id).query(Officers::map).optional();
    }

    public void insert(Officer o, Instant now) {
        jdbc.sql("""
                insert into governance_officers (id, organisation_id, role, name, member_id, term_start, term_end,
                  elected_by_resolution, ended_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.id(), o.organisationId(), o.role().name(), o.name(), o.memberId(), o.termStart(),
                        o.termEnd(), o.electedBy(), o.endedOn(), Rows.at(now))
                .update();
    }

    public void end(UUID id, LocalDate endedOn) {
        jdbc.sql("update governance_officers set ended_on = ? where id = ? and ended_on is null").params(endedOn, id)
                .update();
    }

    private static Officer map(ResultSet rs, int row) throws SQLException {
        return new Officer(Rows.uuid(rs, "id"), Rows.uuid(rs, "organisation_id"),
                OfficerRole.valueOf(rs.getString("role")), rs.getString("name"), Rows.uuid(rs, "member_id"),
                Rows.date(rs, "term_start"), Rows.date(rs, "term_end"), Rows.uuid(rs, "elected_by_resolution"),
                Rows.date(rs, "ended_on"));
    }
}
