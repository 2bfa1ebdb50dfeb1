package vn.htxso.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The Vietnamese-capable font (DejaVu Sans, embedded) for every PDF the platform makes. The font files are read
 * once per process, not on every report.
 */
public final class PdfFonts {

    private static volatile BaseFont regular;
    private static volatile BaseFont bold;

    private PdfFonts() {
    }

    public static BaseFont regular() {
        BaseFont font = regular;
        if (font == null) {
            font = load("DejaVuSans.ttf");
            regular = font;
        }
        return font;
    }

    public static BaseFont bold() {
        BaseFont font = bold;
        if (font == null) {
            font = load("DejaVuSans-Bold.ttf");
            bold = font;
        }
        return font;
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font /fonts/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
