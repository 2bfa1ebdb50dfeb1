package vn.htxso.insights.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import vn.htxso.insights.Impacts;

/**
 * The impact report as an .xlsx file (Apache POI): a summary sheet (label, co-ops, sales and maturity differences with
 * their 95 % intervals, each row with its one-sentence explanation) and the event study by month since the package.
 * Labels in the reader's language; numbers as numbers, so the file can be recomputed.
 */
final class ImpactWorkbook {

    private ImpactWorkbook() {
    }

    static void write(Impacts.Impact impact, MessageSource messages, Locale locale, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
            Sheet summary = book.createSheet(m(messages, locale, "insights.impact.xlsx.summary"));
            int r = 0;
            r = text(summary, r, m(messages, locale, "insights.impact.xlsx.programme"), impact.programme().name());
            r = text(summary, r, m(messages, locale, "insights.impact.xlsx.label"),
                    m(messages, locale, "INDICATIVE".equals(impact.label()) ? "insights.impact.indicative"
                            : "insights.impact.estimate"));
            r = text(summary, r, m(messages, locale, "insights.impact.xlsx.panel"),
                    impact.firstMonth() + " + " + impact.months());
            r = number(summary, r, m(messages, locale, "insights.impact.xlsx.treated"), impact.treated(), null);
            r = number(summary, r, m(messages, locale, "insights.impact.xlsx.control"), impact.control(), null);
            r = number(summary, r, m(messages, locale, "insights.impact.xlsx.prePeriods"), impact.prePeriods(), null);
            r++;
            Row header = summary.createRow(r++);
            String[] heads = {"insights.impact.xlsx.measure", "insights.impact.xlsx.difference",
                "insights.impact.xlsx.low", "insights.impact.xlsx.high", "insights.impact.xlsx.meaning"};
            for (int i = 0; i < heads.length; i++) {
                header.createCell(i).setCellValue(m(messages, locale, heads[i]));
            }
            r = effect(summary, r, m(messages, locale, "insights.impact.sales"), impact.salesVnd(), money,
                    m(messages, locale, "insights.impact.xlsx.salesMeaning"));
            r = effect(summary, r, m(messages, locale, "insights.impact.maturity"), impact.maturity(), decimal,
                    messages.getMessage("insights.impact.xlsx.maturityMeaning",
                            new Object[] {impact.maturityTreated(), impact.maturityControl()}, locale));
            r++;
            summary.createRow(r).createCell(0).setCellValue(m(messages, locale, "insights.impact.explain"));
            summary.setColumnWidth(0, 40 * 256);
            summary.setColumnWidth(1, 18 * 256);
            summary.setColumnWidth(2, 18 * 256);
            summary.setColumnWidth(3, 18 * 256);
            summary.setColumnWidth(4, 80 * 256);

            Sheet study = book.createSheet(m(messages, locale, "insights.impact.xlsx.eventStudy"));
            Row h = study.createRow(0);
            h.createCell(0).setCellValue(m(messages, locale, "insights.impact.xlsx.monthsSince"));
            h.createCell(1).setCellValue(m(messages, locale, "insights.impact.xlsx.att"));
            int i = 1;
            for (Impacts.EventPoint p : impact.eventStudy()) {
                Row row = study.createRow(i++);
                row.createCell(0).setCellValue(p.e());
                row.createCell(1).setCellValue(p.att());
                row.getCell(1).setCellStyle(money);
            }
            study.setColumnWidth(0, 30 * 256);
            study.setColumnWidth(1, 30 * 256);
            book.write(out);
        }
    }

    private static int text(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private static int number(Sheet sheet, int r, String label, double value, CellStyle style) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        if (style != null) {
            row.getCell(1).setCellStyle(style);
        }
        return r + 1;
    }

    private static int effect(Sheet sheet, int r, String label, Impacts.Effect e, CellStyle style, String meaning) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        Double[] values = {e.difference(), e.low(), e.high()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i + 1).setCellValue(values[i]);
                row.getCell(i + 1).setCellStyle(style);
            }
        }
        row.createCell(4).setCellValue(meaning);
        return r + 1;
    }

    private static String m(MessageSource messages, Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
