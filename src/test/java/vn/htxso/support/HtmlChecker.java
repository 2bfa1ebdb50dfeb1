package vn.htxso.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * The one runner of the W3C Nu HTML checker ({@code vnu.jar}, npm package vnu-jar) for the tests. The jar is
 * {@code VNU_JAR}, or the copy bin/test installs under {@code ~/.cache/htxso/vnu}. Without it a test is skipped when
 * run by hand, and fails under bin/test, which exports {@code HTXSO_REQUIRE_VNU=1}.
 */
public final class HtmlChecker {

    private HtmlChecker() {
    }

    /** The checker's jar; skips the calling test when it is missing, or fails it when bin/test requires it. */
    public static Path jar() {
        String named = System.getenv("VNU_JAR");
        Path jar = named != null ? Path.of(named) : Path.of(System.getProperty("user.home"),
                ".cache/htxso/vnu/node_modules/vnu-jar/build/dist/vnu.jar");
        if (!Files.isRegularFile(jar)) {
            assertThat("1".equals(System.getenv("HTXSO_REQUIRE_VNU")))
                    .as("bin/test requires the W3C checker, but %s is missing", jar).isFalse();
            Assumptions.abort("vnu.jar missing (" + jar + "): run bin/test, which installs it");
        }
        return jar;
    }

    /**
     * The checker's errors for the given pages, one line each, starting with the first line of the page's file (a
     * comment naming its path); empty when every page is valid.
     */
    public static String errors(Path jar, List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "--errors-only", "--format",
                "gnu"));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("vnu.jar finished").isTrue();
        StringBuilder report = new StringBuilder();
        Pattern name = Pattern.compile("\"file:(.*?\\.html)\"");
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                Matcher file = name.matcher(line);
                String page = file.find() ? Files.readAllLines(Path.of(file.group(1))).get(0) : "";
                report.append(page).append(' ').append(line).append('\n');
            }
        }
        return report.toString();
    }

    /** Writes a page to check, its first line a comment naming the path it came from. */
    public static Path write(Path folder, String path, String html) throws IOException {
        Path file = folder.resolve("page-" + Integer.toHexString(path.hashCode()) + "-"
                + System.nanoTime() + ".html");
        Files.writeString(file, "<!-- " + path.replace("--", "- -") + " -->\n" + html, StandardCharsets.UTF_8);
        return file;
    }
}
