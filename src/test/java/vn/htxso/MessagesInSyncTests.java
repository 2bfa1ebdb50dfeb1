package vn.htxso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Vietnamese is the source language: every bundle has the same keys in vi and en, no blank value; every key the
 * templates and the constraint annotations use exists in Vietnamese.
 */
class MessagesInSyncTests {

    private static final Path MESSAGES = Paths.get("src/main/resources/messages");
    private static final Path TEMPLATES = Paths.get("src/main/resources/templates");
    private static final Path SOURCES = Paths.get("src/main/java");
    /** #{key} or #{key(args)} with a literal key. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
    private static final Pattern CONSTRAINT_KEY = Pattern.compile("message\\s*=\\s*\"\\{([\\w.-]+)}\"");

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglishAndNoBlankValues() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path vi : files.filter(f -> f.getFileName().toString().endsWith("_vi.properties")).toList()) {
                Path en = vi.resolveSibling(vi.getFileName().toString().replace("_vi.", "_en."));
                Properties viProps = load(vi);
                Properties enProps = load(en);
                Set<String> missingInEn = new TreeSet<>(viProps.stringPropertyNames());
                missingInEn.removeAll(enProps.stringPropertyNames());
                Set<String> missingInVi = new TreeSet<>(enProps.stringPropertyNames());
                missingInVi.removeAll(viProps.stringPropertyNames());
                if (!missingInEn.isEmpty()) {
                    problems.add(en.getFileName() + " lacks " + missingInEn);
                }
                if (!missingInVi.isEmpty()) {
                    problems.add(vi.getFileName() + " lacks " + missingInVi);
                }
                for (Properties props : List.of(viProps, enProps)) {
                    props.stringPropertyNames().stream().filter(k -> props.getProperty(k).isBlank())
                            .forEach(k -> problems.add("blank value for " + k));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theVietnameseBundlesReallyAreVietnamese() throws IOException {
        Properties platform = load(MESSAGES.resolve("platform_vi.properties"));
        assertThat(platform.getProperty("app.tagline")).contains("hợp tác xã");
    }

    @Test
    void everyKeyUsedInTemplatesAndConstraintsExistsInVietnamese() throws IOException {
        Set<String> vietnamese = allVietnameseKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(f -> f.toString().endsWith(".html")).toList()) {
                collect(Files.readString(template), TEMPLATE_KEY, vietnamese, missing, template);
            }
        }
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                collect(Files.readString(source), CONSTRAINT_KEY, vietnamese, missing, source);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void collect(String text, Pattern pattern, Set<String> known, Set<String> missing, Path file) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String key = matcher.group(1);
            if (!known.contains(key)) {
                missing.add(key + " (" + file.getFileName() + ")");
            }
        }
    }

    private static Set<String> allVietnameseKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path vi : files.filter(f -> f.getFileName().toString().endsWith("_vi.properties")).toList()) {
                keys.addAll(load(vi).stringPropertyNames());
            }
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
