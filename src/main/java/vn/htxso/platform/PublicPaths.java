package vn.htxso.platform;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Paths a module serves to everyone, signed in or not. Each module declares its own as a bean; the platform's
 * security configuration collects them, so no module edits another's rules.
 *
 * @param method the HTTP method, or {@code null} for any
 * @param patterns path patterns, e.g. {@code /market/**} or {@code /api/v1/products/**}
 */
public record PublicPaths(HttpMethod method, List<String> patterns) {

    public static PublicPaths get(String... patterns) {
        return new PublicPaths(HttpMethod.GET, List.of(patterns));
    }

    public static PublicPaths any(String... patterns) {
        return new PublicPaths(null, List.of(patterns));
    }
}
