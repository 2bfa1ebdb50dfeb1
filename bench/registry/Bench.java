import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The registry benchmark (see README.md): p50/p95 of the national dashboard, a province dashboard and the statistics
 * endpoint at 1 and 20 concurrent clients, then the import of a 45,000-row .xlsx (time and the server's peak heap).
 * Usage: java -cp CLASSPATH Bench.java http://localhost:8091
 */
public class Bench {

    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8091";
        HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = token(api);
        System.out.println("Data: " + get(api, "/api/v1/statistics/cooperatives", token).body());

        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sessions.add(signIn("admin"));
        }
        System.out.printf("%-42s %8s %8s %8s %8s%n", "request", "clients", "n", "p50 ms", "p95 ms");
        measure("national dashboard  /registry/dashboard", sessions, null, "/registry/dashboard");
        measure("province dashboard  ?province=40", sessions, null, "/registry/dashboard?province=40");
        measure("statistics API      (national)", List.of(api), token, "/api/v1/statistics/cooperatives");
        measure("statistics API      ?province=40", List.of(api), token, "/api/v1/statistics/cooperatives?province=40");

        Path file = xlsx(45_000);
        System.out.printf("Import file: %d rows, %.1f MB (.xlsx)%n", 45_000, Files.size(file) / 1e6);
        for (String pass : List.of("first import (inserts)", "second import (updates)")) {
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        String body = get(api, "/actuator/metrics/jvm.memory.used?tag=area:heap", token).body();
                        Matcher m = Pattern.compile("\"value\":([0-9.E+]+)").matcher(body);
                        if (m.find()) {
                            peak.accumulateAndGet((long) Double.parseDouble(m.group(1)), Math::max);
                        }
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        // keep sampling
                    }
                }
            });
            sampler.start();
            long started = System.nanoTime();
            HttpResponse<String> response = upload(api, token, file);
            long millis = (System.nanoTime() - started) / 1_000_000;
            sampler.interrupt();
            sampler.join();
            String body = response.body();
            System.out.printf("Import, %s: HTTP %d in %.1f s; server heap peak %d MB; %s%n", pass,
                    response.statusCode(), millis / 1000.0, peak.get() / (1024 * 1024),
                    body.substring(0, Math.min(120, body.length())));
        }
        Files.deleteIfExists(file);
    }

    static void measure(String name, List<HttpClient> clients, String token, String path) throws Exception {
        long first = System.nanoTime();
        check(get(clients.get(0), path, token));
        System.out.printf("%-42s %8s %8d %8.1f %8s   (first call: figures not yet in memory)%n", name, "1", 1,
                (System.nanoTime() - first) / 1e6, "");
        for (int i = 0; i < 4; i++) {
            check(get(clients.get(0), path, token));
        }
        for (int concurrency : new int[] {1, 20}) {
            int perClient = concurrency == 1 ? 40 : 15;
            List<Long> times = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                HttpClient client = clients.get(c % clients.size());
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        long started = System.nanoTime();
                        check(get(client, path, token));
                        times.add((System.nanoTime() - started) / 1_000);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            List<Long> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            System.out.printf("%-42s %8d %8d %8.1f %8.1f%n", name, concurrency, sorted.size(),
                    percentile(sorted, 50) / 1000.0, percentile(sorted, 95) / 1000.0);
        }
    }

    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.uri());
        }
    }

    static HttpResponse<String> get(HttpClient client, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String token(HttpClient client) throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin:demo12345".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench-" + UUID.randomUUID() + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("No token: " + response.body());
        }
        return m.group(1);
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
        String form = "username=" + username + "&password=demo12345&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + response.statusCode());
        }
        return client;
    }

    static HttpResponse<String> upload(HttpClient client, String token, Path file) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"national.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cooperatives/import"))
                .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Path xlsx(int rows) throws Exception {
        String[] header = {"Mã số HTX", "Tên", "Loại hình", "Mã tỉnh", "Xã/Phường", "Lĩnh vực", "Tình trạng",
            "Ngày thành lập", "Số thành viên", "Vốn điều lệ", "Năm báo cáo", "Doanh thu", "Lợi nhuận", "Số lao động",
            "Thu nhập bình quân người lao động"};
        String[] provinces = {"01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37",
            "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92",
            "96"};
        Path file = Files.createTempFile("national", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); var out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("HTX");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(String.format("I%09d", r));
                row.createCell(1).setCellValue("Hợp tác xã nhập tệp số " + r);
                row.createCell(2).setCellValue("HTX");
                row.createCell(3).setCellValue(provinces[r % provinces.length]);
                row.createCell(4).setCellValue("Xã số " + (r % 97));
                row.createCell(5).setCellValue("nông nghiệp");
                row.createCell(6).setCellValue("đang hoạt động");
                row.createCell(7).setCellValue(String.format("%02d/%02d/20%02d", 1 + r % 28, 1 + r % 12, r % 25));
                row.createCell(8).setCellValue(10 + r % 90);
                row.createCell(9).setCellValue(500_000_000d + r);
                row.createCell(10).setCellValue(2025);
                row.createCell(11).setCellValue(1_000_000_000d + r * 1000d);
                row.createCell(12).setCellValue(50_000_000d);
                row.createCell(13).setCellValue(20);
                row.createCell(14).setCellValue(48_000_000d);
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }
}
