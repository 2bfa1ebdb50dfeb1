package vn.htxso.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in user from the security context. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HasCurrentUser principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    /** Implemented by the platform's principal so that any module can read the user without knowing its class. */
    public interface HasCurrentUser {
        CurrentUser currentUser();
    }
}
