package vn.htxso.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads the text of a QR code the application drew. The images are pure barcodes (no photo around them), so the
 * reader is told so: ZXing's finder-pattern search, made for camera frames, misses about 3 in 1,000 clean images
 * (which made tests with random links fail now and then); {@code QrCodesTests} keeps that in view.
 */
public final class QrImages {

    private QrImages() {
    }

    public static String text(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("not an image (" + png.length + " bytes)");
            }
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReaderException e) {
            throw new AssertionError("no QR code could be read: " + e, e);
        }
    }
}
