package vn.htxso.traceability.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.UploadChecker;
import vn.htxso.traceability.LogEntry;

/**
 * Reads an uploaded photo or lab file. Photos are reduced to at most 1280 px and stored as JPEG (light on 3G and
 * in the database); PDFs are kept as they are up to 1 MB.
 */
@Component
class PhotoReader {

    private static final int MAX_SIDE = 1280;
    private static final int MAX_STORED = 1_000_000;

    private final UploadChecker uploads;

    PhotoReader(UploadChecker uploads) {
        this.uploads = uploads;
    }

    LogEntry.Photo read(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        byte[] bytes = file.getBytes();
        String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        name = name.length() > 120 ? name.substring(name.length() - 120) : name;
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            if (bytes.length > MAX_STORED) {
                throw invalid("traceability.photo.tooLarge");
            }
            return new LogEntry.Photo(name, "application/pdf", bytes);
        }
        // the header first (type, pixels), then the decoding: never a full decode of an oversized image
        BufferedImage image = uploads.decode(bytes, file.getContentType());
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, java.awt.Color.WHITE, null);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(out, "jpg", jpeg);
        if (jpeg.size() > MAX_STORED) {
            throw invalid("traceability.photo.tooLarge");
        }
        return new LogEntry.Photo(name.replaceAll("\\.[A-Za-z0-9]+$", "") + ".jpg", "image/jpeg",
                jpeg.toByteArray());
    }

    private static BusinessRuleViolation invalid(String key) {
        return new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, List.of(new FieldProblem("photo", key)),
                key);
    }
}
