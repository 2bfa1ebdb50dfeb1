package vn.htxso.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The sign-in request's address and, if the browser signed in before, its device cookie. */
final class DeviceDetails extends WebAuthenticationDetails {

    static final String COOKIE = "HTXSO_DEVICE";

    private final transient String deviceToken;

    DeviceDetails(HttpServletRequest request) {
        super(request);
        String token = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    token = cookie.getValue();
                }
            }
        }
        this.deviceToken = token;
    }

    String deviceToken() {
        return deviceToken;
    }
}
