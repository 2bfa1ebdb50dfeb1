package vn.htxso.assessment;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;

/** The demo accounts as signed-in principals for MockMvc page tests (no slow password check per request). */
public final class DemoUsers {

    public static final UUID CHE = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    public static final UUID QUE = UUID.fromString("a0000000-0000-4000-8000-000000000002");
    public static final UUID VIETTEL = UUID.fromString("c0000000-0000-4000-8000-000000000001");

    public static final CurrentUser ADMIN = user(1, "admin", Role.NATIONAL_ADMIN, null, null, null);
    public static final CurrentUser NGHEAN = user(2, "nghean", Role.PROVINCE_ADMIN, "40", null, null);
    public static final CurrentUser LAOCAI = user(3, "laocai", Role.PROVINCE_ADMIN, "15", null, null);
    public static final CurrentUser MANAGER = user(4, "htx-manager", Role.COOP_MANAGER, "40", CHE, null);
    public static final CurrentUser PROVIDER = user(7, "provider", Role.PROVIDER, null, null, VIETTEL);

    private DemoUsers() {
    }

    static CurrentUser user(int n, String name, Role role, String province, UUID organisation, UUID provider) {
        return new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-00000000000" + n), name, name, Set.of(role),
                province, organisation, provider);
    }

    /** Signs the request in as the given user. */
    public static RequestPostProcessor as(CurrentUser user) {
        return vn.htxso.support.DemoUsers.as(user);
    }

    static List<CurrentUser> all() {
        return List.of(ADMIN, NGHEAN, LAOCAI, MANAGER, PROVIDER);
    }
}
