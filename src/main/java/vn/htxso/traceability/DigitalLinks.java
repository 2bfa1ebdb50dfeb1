package vn.htxso.traceability;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** GS1 Digital Link URIs on the configured public host: {@code https://{host}/01/{gtin}/10/{lot}}. */
@Component
public class DigitalLinks {

    private final String base;

    DigitalLinks(TraceabilityProperties properties, Environment environment) {
        String configured = properties.publicBaseUrl();
        if (configured == null || configured.isBlank()) {
            configured = environment.getProperty("htxso.platform.public-base-url", "http://localhost:8080");
        }
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public String base() {
        return base;
    }

    public String lot(String gtin, String lot) {
        return base + path(gtin, lot);
    }

    public static String path(String gtin, String lot) {
        return "/01/" + gtin + "/10/" + URLEncoder.encode(lot, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String carton(String sscc) {
        return base + "/00/" + sscc;
    }

    /** The host part, for ids that name our organisations and places. */
    public String host() {
        return URI.create(base).getHost();
    }
}
