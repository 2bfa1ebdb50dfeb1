import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anomaly-page benchmark (on demand, not a test): signs in as the Nghệ An officer and times the province's anomaly page
 * {@code /insights/anomalies?province=40&year=2025} (the rules over every report of the province and the nation's
 * peers, and the page's HTML), after a warm-up; prints the data size (reports in the province and the nation that
 * year, flags on the page) with p50/p95.
 * Usage: java AnomalyBench.java http://localhost:8104 [requests]
 */
public class AnomalyBench {

    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8104";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        HttpClient officer = signIn("nghean");
        String path = "/insights/anomalies?province=40&year=2025";
        String api = "/api/v1/statistics/anomalies?province=40&year=2025&size=1";
        String basic = Base64.getEncoder().encodeToString("nghean:demo12345".getBytes(StandardCharsets.UTF_8));
        String flags = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + api))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(flags);
        String stats = get(officer, "/api/v1/statistics/cooperatives?province=40&year=2025").body();
        System.out.println("Data: Nghệ An statistics " + stats);
        System.out.println("Flags on the page: " + (total.find() ? total.group(1) : "?"));
        long first = time(officer, path);
        System.out.printf("first (cold) call: %d ms%n", first);
        for (int i = 0; i < 5; i++) {
            time(officer, path);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            times.add(time(officer, path));
        }
        Collections.sort(times);
        System.out.printf("%-48s n=%d p50=%d ms p95=%d ms (goal < 300 ms for 3,000 reports)%n", path, n,
                times.get(n / 2), times.get(Math.min(n - 1, (int) Math.ceil(n * 0.95) - 1)));
    }

    static long time(HttpClient client, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get(client, path);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return ms;
    }

    static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpClient signIn(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher hidden = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(page);
        if (!hidden.find()) {
            throw new IllegalStateException("No CSRF field on the sign-in page");
        }
        String csrf = hidden.group(1) != null ? hidden.group(1) : hidden.group(2);
        String form = "username=" + username + "&password=demo12345&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + response.statusCode());
        }
        return client;
    }
}
