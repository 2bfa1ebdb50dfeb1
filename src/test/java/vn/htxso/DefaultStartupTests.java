package vn.htxso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Boots the application the way {@code ./mvnw spring-boot:run} does — no profile given, so the demo on an embedded
 * H2 file database — whatever database the rest of the suite uses, so the README's first command cannot silently
 * break.
 */
class DefaultStartupTests {

    @TempDir
    Path dataDir;

    @Test
    void theDefaultStartServesTheDemoOnH2() throws Exception {
        String h2 = "jdbc:h2:file:" + dataDir.resolve("htxso")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        // command-line arguments outrank the system property that selects the test profiles
        try (ConfigurableApplicationContext context = SpringApplication.run(HtxSoApplication.class,
                "--spring.profiles.active=", "--server.port=0", "--spring.datasource.url=" + h2,
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + dataDir.resolve("index"))) {
            assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
            assertThat(context.getEnvironment().getDefaultProfiles()).containsExactly("demo");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            String basic = Base64.getEncoder().encodeToString("nghean:demo12345".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/me"))
                    .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"provinceCode\":\"40\"");

            HttpResponse<String> home = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.body()).contains("HTX Số");
        }
    }
}
