package vn.htxso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.htxso.platform.Fixture;

/**
 * The demo as {@code java -jar} runs it (demo profile, H2 file database, demo data in the background): the application
 * answers while its demo data is still being written and says so truthfully (health UP, the {@code demo} health group
 * PREPARING, a note on the pages); the data then appears once, complete, and a second start on the same files adds
 * nothing.
 */
class DemoDataStartupTests {

    /** Queries whose counts the demo data sets, one per module that generates data in Java. */
    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("organisations", "select count(*) from organisations");
        COUNTS.put("members", "select count(*) from organisation_members");
        COUNTS.put("annual reports", "select count(*) from annual_reports");
        COUNTS.put("orders", "select count(*) from orders");
        COUNTS.put("trace lots", "select count(*) from trace_lots");
        COUNTS.put("trace events", "select count(*) from trace_events");
        COUNTS.put("assemblies", "select count(*) from governance_assemblies");
        COUNTS.put("courses", "select count(*) from learning_courses");
        COUNTS.put("training events", "select count(*) from learning_events");
        COUNTS.put("programmes", "select count(*) from programmes");
        COUNTS.put("unscored assessments", "select count(*) from assessments where status = 'COMPLETED' and score is null");
    }

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theAppAnswersWhileTheDemoDataIsPreparedThenHasItOnceAndAStartOnTheSameDataAddsNothing() throws Exception {
        Map<String, Long> first;
        HeldFixture.gate = new CountDownLatch(1);
        try (ConfigurableApplicationContext context = start()) {
            int port = port(context);
            // the first fixture is held: the application answers, and says the demo data is not ready
            await().atMost(Duration.ofMinutes(2)).until(() -> body(port, "/actuator/health/demo").contains("PREPARING"));
            HttpResponse<String> health = get(port, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(body(port, "/actuator/health/demo")).contains("\"running\":\"HeldFixture\"");
            assertThat(body(port, "/")).contains("Dữ liệu mẫu đang được chuẩn bị");
            assertThat(counts(context).get("organisations")).isLessThan(100);   // only the SQL fixtures' few

            HeldFixture.gate.countDown();
            await().atMost(Duration.ofMinutes(5)).until(() -> body(port, "/actuator/health/demo").contains("READY"));
            assertThat(body(port, "/")).doesNotContain("Dữ liệu mẫu đang được chuẩn bị");
            first = counts(context);
            assertThat(first.get("organisations")).isGreaterThan(1_500);
            assertThat(first.get("members")).isGreaterThan(20_000);
            assertThat(first.get("trace lots")).isPositive();
            assertThat(first.get("assemblies")).isPositive();
            assertThat(first.get("courses")).isPositive();
            assertThat(first.get("programmes")).isPositive();
            assertThat(first.get("unscored assessments")).isZero();
            // the products that the SQL fixtures inserted are found by the search
            assertThat(body(port, "/api/v1/products?q=mat%20ong")).doesNotContain("\"total\":0");
        }

        try (ConfigurableApplicationContext context = start()) {
            int port = port(context);
            await().atMost(Duration.ofMinutes(5)).until(() -> body(port, "/actuator/health/demo").contains("READY"));
            assertThat(counts(context)).isEqualTo(first);
            assertThat(body(port, "/")).doesNotContain("Dữ liệu mẫu đang được chuẩn bị");
        }
    }

    private ConfigurableApplicationContext start() {
        String h2 = "jdbc:h2:file:" + dataDir.resolve("htxso")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        // command-line arguments outrank the system property that selects the test profiles
        return new SpringApplicationBuilder(HtxSoApplication.class, HeldFixture.class).run(
                "--spring.profiles.active=demo", "--server.port=0", "--spring.datasource.url=" + h2,
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + dataDir.resolve("index"));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static Map<String, Long> counts(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTS.forEach((name, sql) -> counts.put(name, jdbc.queryForObject(sql, Long.class)));
        return counts;
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String body(int port, String path) throws Exception {
        return get(port, path).body();
    }

    /** A fixture that runs first and waits for the test to let it go (registered by this test only, not scanned). */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class HeldFixture implements Fixture {

        static volatile CountDownLatch gate = new CountDownLatch(0);

        @Override
        public void load() {
            try {
                gate.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
