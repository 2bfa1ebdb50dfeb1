package vn.htxso.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.CurrentUsers;
import vn.htxso.platform.Role;
import vn.htxso.platform.internal.Accounts;

/**
 * Signs a MockMvc request in as a stored account, whatever keeps the sessions (memory, or PostgreSQL under the
 * postgres profile, where a {@code MockHttpSession} is not used): {@code mvc.perform(get(…).with(DemoUsers.as(accounts, "nghean")))}.
 */
public final class DemoUsers {

    /** Demo organisations: HTX Chè Thanh Chương (Nghệ An), HTX Quế Hồi Văn Yên (Lào Cai), Viettel Nghệ An. */
    public static final UUID CHE = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    public static final UUID QUE = UUID.fromString("a0000000-0000-4000-8000-000000000002");
    public static final UUID VIETTEL = UUID.fromString("c0000000-0000-4000-8000-000000000001");

    /** Demo accounts as principals, for tests that need no stored account (no password check per request). */
    public static final CurrentUser ADMIN = user(1, "admin", Role.NATIONAL_ADMIN, null, null, null);
    public static final CurrentUser NGHEAN = user(2, "nghean", Role.PROVINCE_ADMIN, "40", null, null);
    public static final CurrentUser LAOCAI = user(3, "laocai", Role.PROVINCE_ADMIN, "15", null, null);
    public static final CurrentUser MANAGER = user(4, "htx-manager", Role.COOP_MANAGER, "40", CHE, null);
    public static final CurrentUser PROVIDER = user(7, "provider", Role.PROVIDER, null, null, VIETTEL);

    private DemoUsers() {
    }

    /** The demo account {@code d0000000-0000-4000-8000-00000000000n} with one role. */
    public static CurrentUser user(int n, String name, Role role, String province, UUID organisation, UUID provider) {
        return new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-00000000000" + n), name, name, Set.of(role),
                province, organisation, provider);
    }

    public static RequestPostProcessor as(Accounts accounts, String username) {
        return as(accounts.byUsername(username).orElseThrow().toCurrentUser());
    }

    /** Signs the request in as the given user, with its roles as authorities. */
    public static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(new Principal(user), null,
                user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    /** The principal a test signs in with (serializable, like the application's own). */
    record Principal(CurrentUser currentUser) implements CurrentUsers.HasCurrentUser, java.io.Serializable {
        @Override
        public String toString() {
            return currentUser.username();
        }
    }
}
