package vn.htxso.platform.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

import vn.htxso.platform.internal.TrustedDevices;

/** After sign-in the user's own language comes back; after a failure one message whatever the reason. */
final class LoginHandlers {

    private LoginHandlers() {
    }

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {
        private final LocaleResolver locales;
        private final TrustedDevices devices;

        Success(LocaleResolver locales, TrustedDevices devices) {
            this.locales = locales;
            this.devices = devices;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof HtxUserDetails details && details.locale() != null) {
                locales.setLocale(request, response, Locale.forLanguageTag(details.locale()));
            }
            if (authentication.getPrincipal() instanceof HtxUserDetails details) {
                rememberDevice(request, response, details);
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }

        /** The browser that signed in with the password is not held by a lock a stranger causes later. */
        private void rememberDevice(HttpServletRequest request, HttpServletResponse response,
                                    HtxUserDetails details) {
            if (authenticationDetailsTrusted(request, details)) {
                return;
            }
            ResponseCookie cookie = ResponseCookie.from(DeviceDetails.COOKIE, devices.issue(details.currentUser().id()))
                    .httpOnly(true).secure(request.isSecure()).sameSite("Lax").path("/login")
                    .maxAge(Duration.ofDays(180)).build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        }

        private boolean authenticationDetailsTrusted(HttpServletRequest request, HtxUserDetails details) {
            return devices.trusts(new DeviceDetails(request).deviceToken(), details.currentUser().id());
        }
    }

    static final class Failure implements AuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException {
            // unknown, wrong, locked, disabled or throttled: one answer, so that a stranger learns nothing of the
            // account (the owner learns of a lock by e-mail or from the alliance)
            response.sendRedirect(request.getContextPath() + "/login?error=bad");
        }
    }
}
