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
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marketplace benchmark against a running HTX Số (postgres + demo profiles, data from generate.sql):
 * search p50/p95 at 1 and 20 clients, checkout throughput with 50 concurrent buyers racing for the same 100 units
 * and for different products (asserting no oversell), and the operating report for a year.
 * Run: java bench/marketplace/Bench.java http://localhost:8082
 */
public class Bench {

    static final String SELLER_SHOP = "b1000000-0000-4000-8000-000000000002";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8082";
        String sellerToken = token("seller");
        String buyerToken = token("buyer");
        String[] queries = {"mat ong", "chè xanh", "que van yen", "gung", "tho cam", "hoa hoi", "mang kho",
            "che shan tuyet", "dong van", "mat ong bac ha", "tinh dau que", "tao meo", "gao nep", "nam huong"};
        String count = get("/api/v1/products?size=1", null).replaceAll(".*\"total\":(\\d+).*", "$1");
        System.out.println("Data: products listed by search (verified shops) = " + count);

        for (int i = 0; i < 60; i++) {
            get("/api/v1/products?q=" + enc(queries[i % queries.length]), null);
        }
        search(queries, 1, 300);
        search(queries, 20, 30);

        race(sellerToken, buyerToken);
        differentProducts(sellerToken, buyerToken);
        report();
    }

    static void search(String[] queries, int clients, int perClient) throws Exception {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            jobs.add(() -> {
                for (int i = 0; i < perClient; i++) {
                    String q = queries[(offset + i) % queries.length];
                    String province = i % 3 == 0 ? "&province=40" : "";
                    long t = System.nanoTime();
                    get("/api/v1/products?q=" + enc(q) + province, null);
                    times.add(System.nanoTime() - t);
                }
                return null;
            });
        }
        long start = System.nanoTime();
        for (Future<Void> f : pool.invokeAll(jobs)) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("Search, %d client(s), %d requests: p50 %.1f ms, p95 %.1f ms, %.0f requests/s%n", clients,
                sorted.size(), sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.size() / seconds);
    }

    static String newProduct(String sellerToken, int stock) throws Exception {
        String body = "{\"name\":\"Mật ong bench " + UUID.randomUUID() + "\",\"priceVnd\":100000,\"unit\":\"chai\",\"stock\":"
                + stock + "}";
        String answer = post("/api/v1/shops/" + SELLER_SHOP + "/products", body, "Bearer " + sellerToken, null).body();
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]+)\"").matcher(answer);
        if (!id.find()) {
            throw new IllegalStateException("no product id in " + answer);
        }
        return id.group(1);
    }

    static String orderBody(String productId) {
        return "{\"items\":[{\"productId\":\"" + productId + "\",\"quantity\":1}],\"paymentMethod\":\"COD\","
                + "\"shippingAddress\":{\"name\":\"Khách\",\"phone\":\"0912345678\",\"provinceCode\":\"01\","
                + "\"communeName\":\"Phường Hoàn Kiếm\",\"street\":\"Số 1\"}}";
    }

    static void race(String sellerToken, String buyerToken) throws Exception {
        String product = newProduct(sellerToken, 100);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int b = 0; b < 50; b++) {
            jobs.add(() -> {
                for (int i = 0; i < 4; i++) {
                    int status = post("/api/v1/orders", orderBody(product), "Bearer " + buyerToken,
                            UUID.randomUUID().toString()).statusCode();
                    (status == 201 ? created : status == 409 ? refused : other).incrementAndGet();
                }
                return null;
            });
        }
        long start = System.nanoTime();
        for (Future<Void> f : pool.invokeAll(jobs)) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        String stock = get("/api/v1/products/" + product, null).replaceAll(".*\"stock\":(-?\\d+).*", "$1");
        boolean oversold = created.get() > 100 || Integer.parseInt(stock) < 0 || created.get() + Integer.parseInt(stock) != 100;
        System.out.printf("Checkout race, 50 buyers x 4 attempts for the same 100 units: %d placed, %d refused (409),"
                        + " %d other; stock left %s; %s; %.0f attempts/s, %.0f orders/s%n", created.get(), refused.get(),
                other.get(), stock, oversold ? "OVERSELL!" : "no oversell", 200 / seconds, created.get() / seconds);
    }

    static void differentProducts(String sellerToken, String buyerToken) throws Exception {
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            products.add(newProduct(sellerToken, 1000));
        }
        AtomicInteger created = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Void>> jobs = new ArrayList<>();
        for (String product : products) {
            jobs.add(() -> {
                for (int i = 0; i < 20; i++) {
                    int status = post("/api/v1/orders", orderBody(product), "Bearer " + buyerToken,
                            UUID.randomUUID().toString()).statusCode();
                    (status == 201 ? created : other).incrementAndGet();
                }
                return null;
            });
        }
        long start = System.nanoTime();
        for (Future<Void> f : pool.invokeAll(jobs)) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("Checkout, 50 buyers on 50 different products, 1,000 orders: %d placed, %d failed, %.1f s,"
                + " %.0f orders/s%n", created.get(), other.get(), seconds, created.get() / seconds);
    }

    static void report() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String form = "username=admin&password=demo12345&_csrf=" + enc(csrf.group(1));
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        for (String path : List.of("/market/admin/report?from=2025-01-01&to=2025-12-31",
                "/market/admin/report?from=2025-01-01&to=2025-12-31",
                "/market/admin/report.xlsx?from=2025-01-01&to=2025-12-31",
                "/market/admin/report?from=2025-01-01&to=2025-12-31&province=40")) {
            long t = System.nanoTime();
            HttpResponse<byte[]> answer = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            System.out.printf("Operating report %s: HTTP %d, %d bytes, %.0f ms%n", path, answer.statusCode(),
                    answer.body().length, (System.nanoTime() - t) / 1e6);
        }
    }

    static String token(String user) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":demo12345").getBytes(StandardCharsets.UTF_8));
        String body = post("/api/v1/me/tokens", "{\"name\":\"bench " + UUID.randomUUID() + "\"}", basic, null).body();
        return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    static String get(String path, String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    static HttpResponse<String> post(String path, String json, String auth, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
