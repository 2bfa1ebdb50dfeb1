package vn.htxso.platform.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes 401 and 403 for the API as RFC 9457 problem+json. Security filters run before any controller advice, so
 * they answer here themselves.
 */
@Component
class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemWriter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        // credentials that failed, for whatever reason (unknown, wrong, locked, disabled), get one answer
        String key = authException instanceof org.springframework.security.authentication.InsufficientAuthenticationException
                ? "error.401" : "platform.login.failed";
        response.setHeader("WWW-Authenticate", "Basic realm=\"HTX So\", charset=\"UTF-8\"");
        write(request, response, HttpStatus.UNAUTHORIZED, key);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException accessDeniedException) throws IOException {
        boolean tokenMinting = "POST".equals(request.getMethod())
                && SecurityConfiguration.TOKEN_MINTING.equals(request.getRequestURI().substring(
                        request.getContextPath().length()))
                && SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication;
        write(request, response, HttpStatus.FORBIDDEN,
                tokenMinting ? "platform.tokens.passwordRequired" : "error.403");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(), locale);
        String detail = messages.getMessage(key, null, status.getReasonPhrase(), locale);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
                + json(request.getRequestURI()) + "\"}");
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
