package vn.htxso.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.htxso.support.WithDemoData;

/**
 * Issue 15: a truncated or boundary-less multipart body, or a part header over the container's limit (a file name
 * thousands of characters long), on any upload API is a 4xx problem+json, never a 500, and a name over the limit
 * says so (not "larger than 20 MB"). Sent over a real socket, as the server's multipart parser sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = WithDemoData.class)
class MultipartBodiesTests {

    static final String BOUNDARY = "----htxsoBoundary7MA4YWxk";

    @LocalServerPort
    int port;

    static List<String> uploadApis() {
        return List.of("/api/v1/materials",
                "/api/v1/cooperatives/a0000000-0000-4000-8000-000000000001/transactions/import");
    }

    @ParameterizedTest
    @MethodSource("uploadApis")
    void aBodyWithoutBoundaryIs400(String path) throws IOException {
        String response = send(path, "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\""
                + "\r\n\r\nabc\r\n--x--\r\n");
        assertProblem(response, 400);
    }

    @ParameterizedTest
    @MethodSource("uploadApis")
    void aTruncatedBodyIs400(String path) throws IOException {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nngay,so tien\r\n01/02/2026,1000";
        String response = send(path, "multipart/form-data; boundary=" + BOUNDARY, body);
        assertProblem(response, 400);
    }

    @ParameterizedTest
    @MethodSource("uploadApis")
    void aFileNameFarOverTheLimitSaysSo(String path) throws IOException {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + "t".repeat(12_000) + ".csv\"\r\nContent-Type: text/csv\r\n\r\nabc\r\n--" + BOUNDARY + "--\r\n";
        String response = send(path, "multipart/form-data; boundary=" + BOUNDARY, body);
        assertProblem(response, 400);
        assertThat(response).contains("255").doesNotContain("20 MB").doesNotContain("20MB");
    }

    private static void assertProblem(String response, int status) {
        assertThat(response).startsWith("HTTP/1.1 " + status);
        assertThat(response.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(response).contains("\"detail\"");
    }

    private String send(String path, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String auth = Base64.getEncoder().encodeToString("admin:demo12345".getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic " + auth
                    + "\r\nAccept: application/json\r\nAccept-Language: vi\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
