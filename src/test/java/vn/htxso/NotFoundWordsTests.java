package vn.htxso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 16.6: a 404 page names the missing thing in the reader's language. Every {@code new NotFound("x")} in the
 * code has its words {@code error.thing.x} in Vietnamese and English, so no page says "Không tìm thấy lot".
 */
class NotFoundWordsTests {

    static final Pattern NOT_FOUND = Pattern.compile("new NotFound\\(\"([a-zA-Z]+)\"\\)");

    static Properties messages(String language) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_" + language + ".properties"))
                    .toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Properties one = new Properties();
                    one.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                    all.putAll(one);
                }
            }
        }
        return all;
    }

    @Test
    void everyMissingThingHasVietnameseAndEnglishWords() throws IOException {
        TreeSet<String> things = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = NOT_FOUND.matcher(Files.readString(source));
                while (m.find()) {
                    things.add(m.group(1));
                }
            }
        }
        assertThat(things).contains("lot", "product");
        Properties vi = messages("vi");
        Properties en = messages("en");
        List<String> missing = new ArrayList<>();
        for (String thing : things) {
            String key = "error.thing." + thing;
            if (!vi.containsKey(key)) {
                missing.add("vi " + key);
            } else if (vi.getProperty(key).equalsIgnoreCase(thing) && !thing.equals("id")) {
                missing.add("vi " + key + " is the English word");
            }
            if (!en.containsKey(key)) {
                missing.add("en " + key);
            }
        }
        assertThat(missing).isEmpty();
    }

    static final Pattern AUDIT_CALL = Pattern.compile("AuditEntry\\.of\\((.*?);", Pattern.DOTALL);
    static final Pattern ACTION = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");

    /** Issue 16.7: the audit log shows actions in words; every action code the code records has them. */
    @Test
    void everyAuditActionHasVietnameseAndEnglishWords() throws IOException {
        TreeSet<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher call = AUDIT_CALL.matcher(Files.readString(source));
                while (call.find()) {
                    Matcher literal = ACTION.matcher(call.group(1));
                    if (literal.find()) {
                        actions.add(literal.group(1));
                        // a ternary names its second action right after
                        if (call.group(1).contains("?") && literal.find()) {
                            actions.add(literal.group(1));
                        }
                    }
                }
            }
        }
        for (String what : List.of("placed", "paid", "confirmed", "shipped", "delivered", "completed", "cancelled")) {
            actions.add("marketplace.order." + what);
        }
        for (vn.htxso.support.ApplicationState state : vn.htxso.support.ApplicationState.values()) {
            actions.add("support.application." + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(actions).contains("login.failed", "registry.import.committed", "user.enabled", "user.disabled");
        Properties vi = messages("vi");
        Properties en = messages("en");
        List<String> missing = new ArrayList<>();
        for (String action : actions) {
            String key = "platform.audit.do." + action;
            if (!vi.containsKey(key)) {
                missing.add("vi " + key);
            }
            if (!en.containsKey(key)) {
                missing.add("en " + key);
            }
        }
        assertThat(missing).isEmpty();
    }
}
