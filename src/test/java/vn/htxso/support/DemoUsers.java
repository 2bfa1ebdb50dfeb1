package vn.htxso.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.CurrentUsers;
import vn.htxso.platform.internal.Accounts;

/**
 * Signs a MockMvc request in as a stored account, whatever keeps the sessions (memory, or PostgreSQL under the
 * postgres profile, where a {@code MockHttpSession} is not used): {@code mvc.perform(get(…).with(DemoUsers.as(accounts, "nghean")))}.
 */
public final class DemoUsers {

    private DemoUsers() {
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
