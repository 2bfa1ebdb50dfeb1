package vn.htxso.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.platform.internal.UserAccount;

/** {@code Authorization: Bearer <token>}: a fast lookup of the token's hash, no password hashing. */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Accounts accounts;
    private final ProblemWriter problems;
    private final Clock clock;

    ApiTokenFilter(Accounts accounts, ProblemWriter problems, Clock clock) {
        this.accounts = accounts;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).strip();
        Optional<UserAccount> account = token.isEmpty() ? Optional.empty() : accounts.authenticateToken(token);
        if (account.isEmpty()) {
            problems.commence(request, response, new BadCredentialsException("invalid token"));
            return;
        }
        HtxUserDetails principal = new HtxUserDetails(account.get(), clock.instant());
        principal.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(principal));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
