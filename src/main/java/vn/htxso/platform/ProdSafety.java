package vn.htxso.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * In the {@code prod} profile the application refuses to start with demo data, an empty or well-known database
 * password, or a default secret: {@code htxso.*secret*} values shorter than 32 bytes, marked {@code dev-only}, or found
 * anywhere in the application's own classes and resources (what is in the source is public).
 */
@Component
@Profile("prod")
class ProdSafety {

    static final int MIN_SECRET_BYTES = 32;
    static final Set<String> WELL_KNOWN_PASSWORDS = Set.of("", "postgres", "password", "changeme", "admin",
            "demo12345", "sa", "secret");

    ProdSafety(ConfigurableEnvironment environment) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in the prod profile: " + String.join("; ", problems));
        }
    }

    static List<String> problems(ConfigurableEnvironment environment) {
        List<String> problems = new ArrayList<>();
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            problems.add("the demo profile (demo accounts with a published password) is active");
        }
        String password = environment.getProperty("spring.datasource.password", "");
        SourceStrings inSource = new SourceStrings();
        if (WELL_KNOWN_PASSWORDS.contains(password.toLowerCase(Locale.ROOT)) || inSource.appearsIn(password)) {
            problems.add("spring.datasource.password is empty, a well-known default or appears in the source "
                    + "(set DATABASE_PASSWORD)");
        }
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    // htxso.x.some-secret in a file, or HTXSO_X_SOMESECRET in the environment (how prod sets them)
                    if ((lower.startsWith("htxso.") || lower.startsWith("htxso_")) && lower.contains("secret")) {
                        String value = environment.getProperty(name, "");
                        if (value.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES
                                || value.contains("dev-only")) {
                            problems.add(name + " is a default or too short (at least " + MIN_SECRET_BYTES
                                    + " bytes)");
                        } else if (inSource.appearsIn(value)) {
                            problems.add(name + " appears in the application's source (set a secret of your own)");
                        }
                    }
                }
            }
        }
        return problems.stream().distinct().toList();
    }
}
