package vn.htxso.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * axe-core (npm package {@code axe-core}, installed by {@code bin/test} like vnu-jar) injected into a page with
 * Playwright's {@code addScriptTag}. The page must come from a context made with {@code setBypassCSP(true)}: the
 * application's Content-Security-Policy rightly refuses an injected script.
 */
public final class Axe {

    private Axe() {
    }

    /** Where {@code bin/test} installs axe-core; {@code AXE_JS} overrides it. */
    public static Path script() {
        String configured = System.getenv("AXE_JS");
        return configured != null && !configured.isBlank() ? Paths.get(configured)
                : Paths.get(System.getProperty("user.home"), ".cache", "htxso", "axe", "node_modules", "axe-core",
                        "axe.min.js");
    }

    /** Under bin/test axe must be there; elsewhere a run without npm may do without it. */
    public static boolean required() {
        return "1".equals(System.getenv("HTXSO_REQUIRE_AXE"));
    }

    public static boolean available() {
        return Files.isReadable(script());
    }

    /** The serious and critical violations on the page as "rule: target" lines (empty when none). */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Page page) {
        try {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(script())));
        } catch (IOException e) {
            throw new IllegalStateException("axe-core is missing at " + script(), e);
        }
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, {resultTypes: ['violations']});
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}));
                }""");
        List<String> lines = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            lines.add(v.get("id") + ": " + v.get("nodes"));
        }
        return lines;
    }
}
