package vn.htxso.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;

/** Test co-ops of their own (unique names), with a member register and a manager, so tests never share rows. */
final class GovernanceFixtures {

    record Coop(UUID id, CurrentUser manager, List<UUID> officials, List<UUID> associates) {
        CurrentUser member(int index) {
            return new CurrentUser(UUID.randomUUID(), "member-" + index, "Thành viên " + index,
                    Set.of(Role.MEMBER_SELLER), "40", id, null);
        }
    }

    private GovernanceFixtures() {
    }

    static Coop coop(JdbcClient jdbc, int officials, int associates) {
        return coop(jdbc, officials, associates, "40");
    }

    static Coop coop(JdbcClient jdbc, int officials, int associates, String province) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into organisations (id, registration_no, name, kind, province_code, commune_name, sector, status,
                  members, charter_capital_vnd, size_class, created_at, updated_at)
                values (?, ?, ?, 'HTX', ?, 'Xã Thử Nghiệm', 'AGRICULTURE', 'ACTIVE', ?, 1000000000, 'SMALL',
                  current_timestamp, current_timestamp)""")
                .params(id, "G" + id.toString().replace("-", "").substring(0, 12), "HTX thử quản trị " + id, province,
                        officials + associates)
                .update();
        List<UUID> o = new ArrayList<>();
        List<UUID> a = new ArrayList<>();
        for (int i = 0; i < officials + associates; i++) {
            UUID member = UUID.randomUUID();
            boolean official = i < officials;
            jdbc.sql("""
                    insert into organisation_members (id, organisation_id, member_kind, party_type, name, joined_on,
                      capital_pledged_vnd, capital_paid_vnd, created_at)
                    values (?, ?, ?, 'PERSON', ?, ?, ?, ?, current_timestamp)""")
                    .params(member, id, official ? "OFFICIAL" : "ASSOCIATE", (official ? "Thành viên " : "Liên kết ")
                            + String.format("%03d", i), LocalDate.of(2020, 1, 1), official ? 10_000_000L * (i + 1) : 0L,
                            official ? 10_000_000L * (i + 1) : 0L)
                    .update();
            (official ? o : a).add(member);
        }
        CurrentUser manager = new CurrentUser(UUID.randomUUID(), "manager-" + id.toString().substring(0, 8), "Giám đốc",
                Set.of(Role.COOP_MANAGER), province, id, null);
        return new Coop(id, manager, o, a);
    }

    static void link(JdbcClient jdbc, CurrentUser user, UUID organisationId, UUID memberId) {
        jdbc.sql("insert into governance_member_accounts (user_id, organisation_id, member_id) values (?, ?, ?)")
                .params(user.id(), organisationId, memberId).update();
    }
}
