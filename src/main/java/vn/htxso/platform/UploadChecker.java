package vn.htxso.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one upload checker of every module (call it after the access check, before anything else reads the file):
 * the content decides the type (magic bytes), which must match the declared type; an image's size is read from its
 * header only ({@link ImageReader#getWidth}/{@code getHeight}, no decoding) and refused above the configured pixels;
 * only then may {@link #decode} decode it. Every refusal is a 422 {@link BusinessRuleViolation} with a message.
 */
@Component
public class UploadChecker {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";
    /** The longest file name any upload keeps (characters); the multipart parser's header limit says the same. */
    public static final int MAX_FILE_NAME = 255;
    private static final Set<String> IMAGES = Set.of(JPEG, PNG);

    /** What an uploaded file may be, decided from its content. */
    public enum Kind {
        JPEG, PNG, PDF,
        /** an Office Open XML file (.xlsx, .docx): a ZIP archive */
        ZIP,
        /** UTF-8 text without NUL: CSV, JSON, XML */
        TEXT;

        static Kind of(byte[] b) {
            String sniffed = sniff(b);
            if (UploadChecker.JPEG.equals(sniffed)) {
                return JPEG;
            }
            if (UploadChecker.PNG.equals(sniffed)) {
                return PNG;
            }
            if (UploadChecker.PDF.equals(sniffed)) {
                return PDF;
            }
            if (b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
                return ZIP;
            }
            for (byte x : b) {
                if (x == 0) {
                    return null;
                }
            }
            try {
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(b));
                return TEXT;
            } catch (java.nio.charset.CharacterCodingException e) {
                return null;
            }
        }
    }

    /**
     * Checks any uploaded file, after the access check and before anything parses it: a name within
     * {@link #MAX_FILE_NAME} (the message says so), not empty, at most {@code maxBytes}, and content of one of the
     * allowed kinds (sniffed, whatever the name says). Every refusal is a 422 on {@code field}.
     *
     * @return the kind the content is
     */
    public Kind file(String field, String fileName, byte[] content, long maxBytes, Set<Kind> allowed) {
        checkName(field, fileName);
        if (content == null || content.length == 0) {
            throw refusedOn(field, "platform.upload.empty");
        }
        if (content.length > maxBytes) {
            throw refusedOn(field, "platform.upload.tooLarge", Math.max(1, maxBytes / 1024 / 1024));
        }
        Kind kind = Kind.of(content);
        if (kind == null || !allowed.contains(kind)) {
            throw refusedOn(field, "platform.upload.kind");
        }
        return kind;
    }

    /** Whether a file name is within {@link #MAX_FILE_NAME} characters (for services that collect problems). */
    public static boolean nameFits(String fileName) {
        return fileName == null || fileName.codePointCount(0, fileName.length()) <= MAX_FILE_NAME;
    }

    /** A file name over {@link #MAX_FILE_NAME} characters, or with control characters, is refused with that reason. */
    public static void checkName(String field, String fileName) {
        if (fileName == null) {
            return;
        }
        if (fileName.codePointCount(0, fileName.length()) > MAX_FILE_NAME) {
            throw refusedOn(field, "platform.upload.nameTooLong", MAX_FILE_NAME);
        }
        if (fileName.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw refusedOn(field, "platform.upload.nameInvalid");
        }
    }

    private static BusinessRuleViolation refusedOn(String field, String key, Object... args) {
        return new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                List.of(new BusinessRuleViolation.FieldProblem(field, key, args)), key, args);
    }

    private final Limits limits;

    public UploadChecker(Limits limits) {
        this.limits = limits;
    }

    /** What the bytes are, whatever the name or the declared type says: JPEG, PNG, PDF, or {@code null}. */
    public static String sniff(byte[] b) {
        if (b == null) {
            return null;
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PNG;
        }
        if (b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return PDF;
        }
        return null;
    }

    /**
     * Checks an image without decoding it: the content is a JPEG or PNG, agrees with the declared type (when one is
     * given and is an image type), and its header declares at most the configured number of pixels.
     */
    public ImageSize image(byte[] content, String declaredType) {
        String actual = sniff(content);
        if (actual == null || !IMAGES.contains(actual)) {
            throw refused("platform.upload.type");
        }
        if (declaredType != null && IMAGES.contains(declaredType.toLowerCase(java.util.Locale.ROOT))
                && !declaredType.equalsIgnoreCase(actual)) {
            throw refused("platform.upload.mismatch");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refused("platform.upload.type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw refused("platform.upload.type");
                }
                if (width * height > limits.maxPixels()) {
                    throw refused("platform.upload.pixels", limits.maxPixels() / 1_000_000);
                }
                return new ImageSize(actual, (int) width, (int) height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleViolation violation) {
                throw violation;
            }
            throw refused("platform.upload.type");
        }
    }

    /** Decodes an image that {@link #image} accepted; a broken body is a 422, never a 500. */
    public BufferedImage decode(byte[] content, String declaredType) {
        image(content, declaredType);
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(content));
            if (decoded == null) {
                throw refused("platform.upload.type");
            }
            return decoded;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleViolation violation) {
                throw violation;
            }
            throw refused("platform.upload.type");
        }
    }

    private static BusinessRuleViolation refused(String key, Object... args) {
        return new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                List.of(new BusinessRuleViolation.FieldProblem("photo", key)), key, args);
    }

    /** An image's type and size, read from its header. */
    public record ImageSize(String contentType, int width, int height) {
    }

    /** {@code htxso.platform.upload.max-pixels}: the most pixels an uploaded image may declare (40 million). */
    @ConfigurationProperties("htxso.platform.upload")
    public record Limits(@DefaultValue("40000000") long maxPixels) {
    }
}
