package vn.htxso.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.registry.RegisteredMember;

/** The member register read as other modules may see it: no ID numbers, no phones. */
@Repository
public class MemberEntries {

    private final JdbcClient jdbc;

    MemberEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegisteredMember> of(UUID organisationId) {
        return jdbc.sql("""
                        select id, name, member_kind, capital_pledged_vnd, capital_paid_vnd, joined_on, left_on
                        from organisation_members where organisation_id = ? order by name, id""")
                .param(organisationId)
                .query((rs, i) -> new RegisteredMember(rs.getObject("id", UUID.class), rs.getString("name"),
                        "OFFICIAL".equals(rs.getString("member_kind")), rs.getLong("capital_pledged_vnd"),
                        rs.getLong("capital_paid_vnd"), rs.getObject("joined_on", LocalDate.class),
                        rs.getObject("left_on", LocalDate.class)))
                .list();
    }
}
