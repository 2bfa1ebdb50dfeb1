package vn.htxso.learning.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a learning file really is, from its first bytes (PDF, PNG, JPEG, MP3, MP4/M4A), and whether its name says
 * the same: a file called .pdf that is not a PDF is refused.
 */
public final class FileKinds {

    private static final Map<String, String> EXTENSIONS = Map.of("pdf", "application/pdf", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "mp3", "audio/mpeg", "mp4", "video/mp4", "m4a", "audio/mp4");

    private FileKinds() {
    }

    /** The media type the bytes show, if one of the accepted kinds. */
    public static Optional<String> sniff(byte[] b) {
        if (b == null || b.length < 12) {
            return Optional.empty();
        }
        if (b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of("application/pdf");
        }
        if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if ((b[0] == 'I' && b[1] == 'D' && b[2] == '3') || ((b[0] & 0xff) == 0xff && (b[1] & 0xe0) == 0xe0)) {
            return Optional.of("audio/mpeg");
        }
        if (b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            boolean audio = b[8] == 'M' && b[9] == '4' && b[10] == 'A';
            return Optional.of(audio ? "audio/mp4" : "video/mp4");
        }
        return Optional.empty();
    }

    /** The media type a file name claims by its extension, if an accepted one. */
    public static Optional<String> byName(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(EXTENSIONS.get(fileName.substring(fileName.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT)));
    }
}
