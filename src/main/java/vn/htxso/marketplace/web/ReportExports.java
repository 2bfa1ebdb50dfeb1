package vn.htxso.marketplace.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.htxso.marketplace.OperatingReport.Figures;
import vn.htxso.marketplace.OperatingReport.MonthRow;
import vn.htxso.marketplace.OperatingReport.ProvinceRow;
import vn.htxso.marketplace.OperatingReport.Report;
import vn.htxso.platform.PdfFonts;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.VnFormat;

/** The operating report as a spreadsheet (numbers stay numbers) and as a PDF with a Vietnamese font. */
@Component
class ReportExports {

    private final MessageSource messages;
    private final AdminUnits adminUnits;
    private final VnFormat fmt;

    ReportExports(MessageSource messages, AdminUnits adminUnits, VnFormat fmt) {
        this.messages = messages;
        this.adminUnits = adminUnits;
        this.fmt = fmt;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private List<String> provinceHeaders(Locale l) {
        return List.of(t("common.province", l), t("marketplace.report.shops", l), t("marketplace.report.verifiedShops", l),
                t("marketplace.report.products", l), t("marketplace.report.ocopProducts", l), t("marketplace.report.orders", l),
                t("marketplace.report.completed", l), t("marketplace.report.gmv", l), t("marketplace.report.cancellationRate", l),
                t("marketplace.report.ethnicShare", l));
    }

    private List<String> monthHeaders(Locale l) {
        return List.of(t("marketplace.report.month", l), t("marketplace.report.orders", l),
                t("marketplace.report.completed", l), t("marketplace.report.cancelled", l), t("marketplace.report.gmv", l));
    }

    byte[] xlsx(Report report, Locale locale) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t("marketplace.report.byProvince", locale));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(t("marketplace.report.heading", locale, fmt.date(report.from()), fmt.date(report.to())));
            header(sheet.createRow(2), provinceHeaders(locale));
            int r = 3;
            for (ProvinceRow row : report.byProvince()) {
                figures(sheet.createRow(r++), adminUnits.provinceName(row.provinceCode()), row.figures());
            }
            figures(sheet.createRow(r), t("common.total", locale), report.totals());
            Sheet months = book.createSheet(t("marketplace.report.byMonth", locale));
            header(months.createRow(0), monthHeaders(locale));
            r = 1;
            for (MonthRow m : report.byMonth()) {
                Row row = months.createRow(r++);
                row.createCell(0).setCellValue(m.month().toString());
                row.createCell(1).setCellValue(m.orders());
                row.createCell(2).setCellValue(m.completed());
                row.createCell(3).setCellValue(m.cancelled());
                row.createCell(4).setCellValue(m.gmvVnd());
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Row row, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
        }
    }

    private static void figures(Row row, String label, Figures f) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(f.shops());
        row.createCell(2).setCellValue(f.verifiedShops());
        row.createCell(3).setCellValue(f.products());
        row.createCell(4).setCellValue(f.ocopProducts());
        row.createCell(5).setCellValue(f.orders());
        row.createCell(6).setCellValue(f.completed());
        row.createCell(7).setCellValue(f.gmvVnd());
        row.createCell(8).setCellValue(f.cancellationRate());
        row.createCell(9).setCellValue(f.ethnicShare());
    }

    byte[] pdf(Report report, Locale locale) throws IOException {
        BaseFont base = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        Font text = new Font(base, 8);
        Font strong = new Font(bold, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(t("marketplace.report.heading", locale, fmt.date(report.from()), fmt.date(report.to())),
                new Font(bold, 13)));
        document.add(new Paragraph(report.province() == null ? t("marketplace.report.national", locale)
                : adminUnits.provinceName(report.province()), text));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(10);
        table.setWidthPercentage(100);
        for (String h : provinceHeaders(locale)) {
            table.addCell(new PdfPCell(new Phrase(h, strong)));
        }
        for (ProvinceRow row : report.byProvince()) {
            pdfRow(table, adminUnits.provinceName(row.provinceCode()), row.figures(), text);
        }
        pdfRow(table, t("common.total", locale), report.totals(), strong);
        document.add(table);
        document.add(new Paragraph(" "));
        PdfPTable months = new PdfPTable(5);
        months.setWidthPercentage(70);
        months.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (String h : monthHeaders(locale)) {
            months.addCell(new PdfPCell(new Phrase(h, strong)));
        }
        for (MonthRow m : report.byMonth()) {
            months.addCell(new Phrase(m.month().toString(), text));
            num(months, fmt.number(m.orders()), text);
            num(months, fmt.number(m.completed()), text);
            num(months, fmt.number(m.cancelled()), text);
            num(months, fmt.vnd(m.gmvVnd()), text);
        }
        document.add(months);
        document.close();
        return out.toByteArray();
    }

    private void pdfRow(PdfPTable table, String label, Figures f, Font font) {
        table.addCell(new Phrase(label, font));
        num(table, fmt.number(f.shops()), font);
        num(table, fmt.number(f.verifiedShops()), font);
        num(table, fmt.number(f.products()), font);
        num(table, fmt.number(f.ocopProducts()), font);
        num(table, fmt.number(f.orders()), font);
        num(table, fmt.number(f.completed()), font);
        num(table, fmt.vnd(f.gmvVnd()), font);
        num(table, fmt.percent(f.cancellationRate()), font);
        num(table, fmt.percent(f.ethnicShare()), font);
    }

    private static void num(PdfPTable table, String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }
}
