package vn.htxso.learning.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import vn.htxso.learning.Certificate;
import vn.htxso.platform.PdfFonts;
import vn.htxso.platform.QrCodes;

/** A one-page certificate (A4 landscape) in the platform's Vietnamese font, with a QR to its verification page. */
@Component
public class CertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public byte[] render(Certificate c, String verifyUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Chứng nhận " + c.code());
            document.open();
            Font title = new Font(PdfFonts.bold(), 30);
            Font big = new Font(PdfFonts.bold(), 20);
            Font normal = new Font(PdfFonts.regular(), 13);
            document.add(centred("GIẤY CHỨNG NHẬN", title));
            document.add(centred("Chứng nhận", normal));
            document.add(centred(c.holderName().replaceAll("\\(.*?\\)", "").strip(), big));
            document.add(centred("đã tham gia / hoàn thành", normal));
            document.add(centred(c.title(), big));
            document.add(centred("Đơn vị cấp: " + c.issuer() + " · Ngày cấp: " + DAY.format(c.issuedOn()), normal));
            Image qr = Image.getInstance(QrCodes.image(verifyUrl, 240), null);
            qr.scaleAbsolute(120, 120);
            qr.setAlignment(Element.ALIGN_CENTER);
            document.add(qr);
            document.add(centred("Mã xác minh: " + c.code() + " · " + verifyUrl, normal));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(10);
        return p;
    }
}
