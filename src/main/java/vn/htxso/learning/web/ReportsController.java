package vn.htxso.learning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.htxso.learning.TrainingReport;
import vn.htxso.learning.TrainingReports;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Downloads;

/** Training reports per programme and province (page and .xlsx), for national and province admins. */
@Controller
class ReportsController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TrainingReports reports;
    private final AdminUnits adminUnits;
    private final MessageSource messages;

    ReportsController(TrainingReports reports, AdminUnits adminUnits, MessageSource messages) {
        this.reports = reports;
        this.adminUnits = adminUnits;
        this.messages = messages;
    }

    @GetMapping("/learning/reports")
    String page(CurrentUser user, @RequestParam(required = false) String province, Model model) {
        TrainingReport report = reports.report(user, province);
        model.addAttribute("report", report);
        model.addAttribute("national", user.isNationalAdmin());
        model.addAttribute("provinces", adminUnits.provinces());
        return "learning/reports";
    }

    @GetMapping("/learning/reports.xlsx")
    ResponseEntity<byte[]> xlsx(CurrentUser user, @RequestParam(required = false) String province) throws IOException {
        TrainingReport report = reports.report(user, province);
        Locale locale = LocaleContextHolder.getLocale();
        String name = "bao-cao-tap-huan-" + (report.province() == null ? "toan-quoc" : report.province()) + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name))
                .body(workbook(report, locale));
    }

    /** Two sheets (per programme, per province); names typed by users are text cells, figures are numbers. */
    byte[] workbook(TrainingReport report, Locale locale) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
            sheet(book.createSheet(t("learning.reports.byProgramme", locale)), report.byProgramme(), report.total(),
                    t("learning.event.programme", locale), false, text, decimal, locale);
            sheet(book.createSheet(t("learning.reports.byProvince", locale)), report.byProvince(), report.total(),
                    t("common.province", locale), true, text, decimal, locale);
            book.write(out);
            return out.toByteArray();
        }
    }

    private void sheet(Sheet sheet, List<TrainingReport.Row> rows, TrainingReport.Row total, String keyHeader,
                       boolean provinces, CellStyle text, CellStyle decimal, Locale locale) {
        List<String> headers = List.of(keyHeader, t("learning.reports.events", locale),
                t("learning.reports.registered", locale), t("learning.reports.attended", locale),
                t("learning.reports.women", locale), t("learning.reports.ethnicMinority", locale),
                t("learning.reports.coops", locale), t("learning.reports.attendance", locale),
                t("learning.reports.completed", locale), t("learning.reports.completion", locale),
                t("learning.reports.certificates", locale), t("learning.reports.maturityCoops", locale),
                t("learning.reports.t0", locale), t("learning.reports.t1", locale),
                t("learning.reports.change", locale), t("learning.reports.levelUp", locale));
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            sheet.setColumnWidth(i, (i == 0 ? 40 : 14) * 256);
        }
        int r = 1;
        for (TrainingReport.Row row : rows) {
            write(sheet.createRow(r++), label(row.key(), provinces, locale), row, text, decimal);
        }
        write(sheet.createRow(r), t("learning.reports.total", locale), total, text, decimal);
    }

    private static void write(Row line, String label, TrainingReport.Row row, CellStyle text, CellStyle decimal) {
        Cell name = line.createCell(0);
        name.setCellStyle(text);
        name.setCellValue(label); // a string cell: a name starting with "=" stays text, never a formula
        int c = 1;
        for (int n : new int[] {row.events(), row.registered(), row.participants(), row.women(), row.ethnicMinority(),
                row.coopsReached()}) {
            line.createCell(c++).setCellValue(n);
        }
        number(line.createCell(c++), row.attendancePercent(), decimal);
        line.createCell(c++).setCellValue(row.completed());
        number(line.createCell(c++), row.completionPercent(), decimal);
        line.createCell(c++).setCellValue(row.certificates());
        line.createCell(c++).setCellValue(row.maturity().coops());
        number(line.createCell(c++), row.maturity().t0Percent(), decimal);
        number(line.createCell(c++), row.maturity().t1Percent(), decimal);
        number(line.createCell(c++), row.maturity().changePoints(), decimal);
        line.createCell(c).setCellValue(row.maturity().levelUp());
    }

    private static void number(Cell cell, Double value, CellStyle style) {
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private String label(String key, boolean province, Locale locale) {
        if (key == null) {
            return t(province ? "learning.news.national" : "learning.reports.noProgramme", locale);
        }
        return province ? adminUnits.provinceName(key) : key;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
