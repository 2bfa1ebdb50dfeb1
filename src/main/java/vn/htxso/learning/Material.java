package vn.htxso.learning;

import java.time.Instant;
import java.util.UUID;

/** A file of the materials library (without its bytes). Files above 20 MB are for Wi-Fi only. */
public record Material(UUID id, String title, String language, String licence, String fileName, String contentType,
                       long sizeBytes, String provinceCode, Instant createdAt) {

    public double sizeMegabytes() {
        return sizeBytes / (1024.0 * 1024.0);
    }

    public boolean wifiOnly() {
        return sizeBytes > Lesson.WIFI_ONLY_BYTES;
    }
}
