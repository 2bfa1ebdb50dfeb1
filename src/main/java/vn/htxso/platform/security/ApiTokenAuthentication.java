package vn.htxso.platform.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * Signed in with a personal token rather than a password. Such a request may use the API but not do what needs the
 * password (making a new token), so that revoking a leaked token cuts the access it gave.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final HtxUserDetails principal;

    ApiTokenAuthentication(HtxUserDetails principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
