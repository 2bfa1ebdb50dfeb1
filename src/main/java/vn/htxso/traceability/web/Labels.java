package vn.htxso.traceability.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.stereotype.Component;

import vn.htxso.platform.PdfFonts;
import vn.htxso.platform.QrCodes;

/** QR codes (PNG) of GS1 Digital Link URLs and a printable A4 sheet of labels (PDF, Vietnamese font embedded). */
@Component
class Labels {

    byte[] png(String text, int size) {
        return QrCodes.png(text, size);
    }

    /** A sheet of {@code count} identical labels, three across: QR code, product, co-op, GTIN, lot, URL. */
    byte[] sheet(String url, String productName, String coopName, String gtin, String lot, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            BaseFont base = PdfFonts.regular();
            Font bold = new Font(base, 9, Font.BOLD);
            Font small = new Font(base, 7);
            BufferedImage qr = QrCodes.image(url, 300);
            Image image = Image.getInstance(qr, null);
            image.scaleToFit(110, 110);
            PdfPTable table = new PdfPTable(3);
            table.setWidthPercentage(100);
            for (int i = 0; i < count; i++) {
                PdfPCell cell = new PdfPCell();
                cell.setBorder(Rectangle.BOX);
                cell.setBorderWidth(0.25f);
                cell.setPadding(6);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                Image copy = Image.getInstance(image);
                copy.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(copy);
                Paragraph name = new Paragraph(new Phrase(productName, bold));
                name.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(name);
                Paragraph facts = new Paragraph(new Phrase(coopName + "\n(01) " + gtin + " (10) " + lot + "\n" + url,
                        small));
                facts.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(facts);
                table.addCell(cell);
            }
            table.completeRow();
            document.add(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

}
