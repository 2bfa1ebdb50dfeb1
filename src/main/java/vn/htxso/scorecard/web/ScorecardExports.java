package vn.htxso.scorecard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.htxso.platform.PdfFonts;
import vn.htxso.platform.VnFormat;
import vn.htxso.scorecard.CommuneScorecard;
import vn.htxso.scorecard.Indicator;
import vn.htxso.scorecard.IndicatorResult;
import vn.htxso.scorecard.ProvinceScorecard;

/** A province's commune ranking as a spreadsheet (numbers stay numbers) and as a PDF with a Vietnamese font. */
@Component
class ScorecardExports {

    private final MessageSource messages;
    private final VnFormat fmt;

    ScorecardExports(MessageSource messages, VnFormat fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private String title(ProvinceScorecard card, Locale locale) {
        return t("scorecard.province.heading", locale, card.provinceName(), card.year(), fmt.date(card.end()));
    }

    private List<String> headers(ProvinceScorecard card, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(t("scorecard.rank", locale), t("common.commune", locale),
                t("scorecard.score", locale), t("scorecard.change", locale)));
        for (Indicator i : card.criteria().indicators()) {
            headers.add(i.name() + " (" + t("scorecard.target", locale) + " " + i.target().stripTrailingZeros().toPlainString() + ")");
        }
        return headers;
    }

    byte[] xlsx(ProvinceScorecard card, List<CommuneScorecard> communes, Locale locale) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(card.provinceCode() + "-" + card.year());
            sheet.createRow(0).createCell(0).setCellValue(title(card, locale));
            Row header = sheet.createRow(2);
            List<String> names = headers(card, locale);
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            int r = 3;
            for (CommuneScorecard c : communes) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.rank());
                row.createCell(1).setCellValue(c.communeName());
                row.createCell(2).setCellValue(c.score());
                row.createCell(3).setCellValue(c.change());
                int col = 4;
                for (IndicatorResult i : c.indicators()) {
                    row.createCell(col++).setCellValue(i.value());
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    byte[] pdf(ProvinceScorecard card, List<CommuneScorecard> communes, Locale locale) {
        Font text = new Font(PdfFonts.regular(), 7);
        Font strong = new Font(PdfFonts.bold(), 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(title(card, locale), new Font(PdfFonts.bold(), 12)));
        document.add(new Paragraph(card.criteria().national() ? t("scorecard.criteria.national", locale)
                : t("scorecard.criteria.own", locale, card.criteria().version()), text));
        document.add(new Paragraph(" "));
        List<String> names = headers(card, locale);
        PdfPTable table = new PdfPTable(names.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        names.forEach(h -> table.addCell(new PdfPCell(new Phrase(h, strong))));
        for (CommuneScorecard c : communes) {
            table.addCell(new Phrase(String.valueOf(c.rank()), text));
            table.addCell(new Phrase(c.communeName(), text));
            table.addCell(new Phrase(fmt.decimal(c.score(), 1), strong));
            table.addCell(new Phrase(fmt.decimal(c.change(), 1), text));
            for (IndicatorResult i : c.indicators()) {
                table.addCell(new Phrase(fmt.decimal(i.value(), 1) + " · " + t("scorecard.Status." + i.status(), locale), text));
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }
}
