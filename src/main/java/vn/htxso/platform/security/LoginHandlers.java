package vn.htxso.platform.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/** After sign-in the user's own language comes back; after a failure the page says why, in words. */
final class LoginHandlers {

    private LoginHandlers() {
    }

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {
        private final LocaleResolver locales;

        Success(LocaleResolver locales) {
            this.locales = locales;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof HtxUserDetails details && details.locale() != null) {
                locales.setLocale(request, response, Locale.forLanguageTag(details.locale()));
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    static final class Failure implements AuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException {
            String reason;
            if (exception instanceof ThrottledAuthenticationProvider.AddressThrottledException) {
                reason = "address";
            } else if (exception instanceof LockedException) {
                reason = "locked";
            } else if (exception instanceof DisabledException) {
                reason = "disabled";
            } else {
                reason = "bad";
            }
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        }
    }
}
