package vn.htxso.governance.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which user account votes as which entry of its co-op's member register. */
@Repository
public class MemberAccounts {

    private final JdbcClient jdbc;

    MemberAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member entry the account is linked to in the given co-op. */
    public Optional<UUID> memberOf(UUID userId, UUID organisationId) {
        return jdbc.sql("select member_id from governance_member_accounts where user_id = ? and organisation_id = ?")
                .params(userId, organisationId).query(UUID.class).optional();
    }

    public boolean linked(UUID userId) {
        return jdbc.sql("select count(*) from governance_member_accounts where user_id = ?").param(userId)
                .query(Integer.class).single() > 0;
    }

    public void link(UUID userId, UUID organisationId, UUID memberId) {
        jdbc.sql("insert into governance_member_accounts (user_id, organisation_id, member_id) values (?, ?, ?)")
                .params(userId, organisationId, memberId).update();
    }
}
