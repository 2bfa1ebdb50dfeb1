package vn.htxso.platform.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.htxso.platform.internal.UserAccounts;

/**
 * Ends a signed-in session whose account was disabled, or whose roles, scope or password changed since it signed
 * in: the stamp kept in the session is compared with the account's in the database on every request (a primary-key
 * lookup), so a change made on one node takes effect on the next request on every node. The session is
 * invalidated and the request goes on anonymous (a protected page then asks to sign in again).
 */
class SecurityStampFilter extends OncePerRequestFilter {

    private final UserAccounts users;

    SecurityStampFilter(UserAccounts users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HtxUserDetails details) {
            Optional<Long> stamp = users.activeSecurityStamp(details.currentUser().id());
            if (stamp.isEmpty() || stamp.get() != details.securityStamp()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
