package vn.htxso.assessment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

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

import vn.htxso.platform.Downloads;
import vn.htxso.assessment.AssessmentModel;
import vn.htxso.assessment.AssessmentStatistics;
import vn.htxso.assessment.Assessments;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VnFormat;

/** Province and national view of the co-ops' digital maturity, and its Excel export. */
@Controller
class OverviewController {

    private final AssessmentStatistics statistics;
    private final Assessments assessments;
    private final AdminUnits adminUnits;
    private final MessageSource messages;
    private final vn.htxso.registry.Exports exports;

    OverviewController(AssessmentStatistics statistics, Assessments assessments, AdminUnits adminUnits,
                       MessageSource messages, vn.htxso.registry.Exports exports) {
        this.exports = exports;
        this.statistics = statistics;
        this.assessments = assessments;
        this.adminUnits = adminUnits;
        this.messages = messages;
    }

    @GetMapping("/assessment/overview")
    String overview(CurrentUser user, @RequestParam(required = false) String province, Model model) {
        model.addAttribute("overview", statistics.overview(user, province));
        model.addAttribute("model", assessments.currentModel());
        model.addAttribute("provinces", user.isNationalAdmin() ? adminUnits.provinces() : java.util.List.of());
        model.addAttribute("province", province);
        return "assessment/overview";
    }

    @GetMapping("/assessment/overview.xlsx")
    ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(required = false) String province) throws IOException {
        AssessmentStatistics.Overview overview = statistics.overview(user, province);
        AssessmentModel model = assessments.currentModel();
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("assessment.overview.sheetLatest", locale));
            Row header = sheet.createRow(0);
            String[] titles = {"assessment.export.name", "assessment.export.province", "assessment.export.commune",
                "assessment.export.sector", "assessment.export.date", "assessment.export.score",
                "assessment.export.maxScore", "assessment.export.level", "assessment.export.dbiScore",
                "assessment.export.dbiLevel"};
            int c = 0;
            for (String title : titles) {
                header.createCell(c++).setCellValue(text(title, locale));
            }
            for (AssessmentModel.Dimension d : model.dimensions()) {
                header.createCell(c++).setCellValue(d.name(locale) + " (%)");
            }
            int r = 1;
            for (AssessmentStatistics.Row row : overview.latest()) {
                Row line = sheet.createRow(r++);
                var o = row.organisation();
                var a = row.assessment();
                line.createCell(0).setCellValue(o == null ? "" : o.name());
                line.createCell(1).setCellValue(adminUnits.provinceName(a.provinceCode()));
                line.createCell(2).setCellValue(o == null ? "" : o.communeName());
                line.createCell(3).setCellValue(o == null ? "" : text("assessment.Sector." + o.sector(), locale));
                line.createCell(4).setCellValue(a.completedAt().atZone(VnFormat.ZONE).toLocalDate().toString());
                line.createCell(5).setCellValue(a.score());
                line.createCell(6).setCellValue(a.maxScore());
                line.createCell(7).setCellValue(a.level());
                line.createCell(8).setCellValue(a.dbiScore());
                line.createCell(9).setCellValue(a.dbiLevel());
                int col = 10;
                for (AssessmentModel.Dimension d : model.dimensions()) {
                    Double pct = a.dimensionPercents().get(d.code());
                    if (pct != null) {
                        line.createCell(col).setCellValue(Math.round(pct * 10) / 10.0);
                    }
                    col++;
                }
            }
            Sheet never = workbook.createSheet(text("assessment.overview.sheetNever", locale));
            Row neverHeader = never.createRow(0);
            neverHeader.createCell(0).setCellValue(text("assessment.export.registrationNo", locale));
            neverHeader.createCell(1).setCellValue(text("assessment.export.name", locale));
            neverHeader.createCell(2).setCellValue(text("assessment.export.province", locale));
            neverHeader.createCell(3).setCellValue(text("assessment.export.commune", locale));
            int n = 1;
            for (var o : overview.neverAssessed()) {
                Row line = never.createRow(n++);
                line.createCell(0).setCellValue(o.registrationNo());
                line.createCell(1).setCellValue(o.name());
                line.createCell(2).setCellValue(adminUnits.provinceName(o.provinceCode()));
                line.createCell(3).setCellValue(o.communeName());
            }
            Sheet levels = workbook.createSheet(text("assessment.overview.sheetLevels", locale));
            for (int level = 0; level <= 5; level++) {
                Row line = levels.createRow(level);
                line.createCell(0).setCellValue(level + " · " + text("assessment.level." + level, locale));
                line.createCell(1).setCellValue(overview.levels()[level]);
            }
            workbook.write(out);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(
                            "htx-dmi-" + (overview.province() == null ? "all" : overview.province()) + ".xlsx"))
                    .body(out.toByteArray());
        }
    }

    /** The same view as a PDF (A4, DejaVu Sans embedded for Vietnamese), for a province's or the nation's report. */
    @GetMapping("/assessment/overview.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @RequestParam(required = false) String province) throws IOException {
        AssessmentStatistics.Overview o = statistics.overview(user, province);
        AssessmentModel model = assessments.currentModel();
        Locale locale = LocaleContextHolder.getLocale();
        String title = o.province() == null ? text("assessment.overview.titleNational", locale)
                : messages.getMessage("assessment.overview.titleProvince",
                        new Object[] {adminUnits.provinceName(o.province())}, locale);
        java.util.List<String> lines = java.util.List.of(
                text("assessment.overview.organisations", locale) + ": " + fmt(o.organisations()),
                text("assessment.overview.assessed", locale) + ": " + fmt(o.assessed()),
                text("assessment.overview.never", locale) + ": " + fmt(o.neverAssessed().size()));
        java.util.List<vn.htxso.registry.Exports.PdfTable> tables = new java.util.ArrayList<>();
        java.util.List<java.util.List<String>> levels = new java.util.ArrayList<>();
        for (int level = 0; level < o.levels().length; level++) {
            levels.add(java.util.List.of(level + " · " + text("assessment.level." + level, locale),
                    fmt(o.levels()[level])));
        }
        tables.add(new vn.htxso.registry.Exports.PdfTable(text("assessment.overview.levels", locale),
                java.util.List.of(text("assessment.result.level", locale), text("assessment.overview.count", locale)),
                levels));
        java.util.List<java.util.List<String>> dimensions = new java.util.ArrayList<>();
        for (AssessmentModel.Dimension d : model.dimensions()) {
            Double average = o.dimensionAverages().get(d.code());
            dimensions.add(java.util.List.of(d.name(locale), average == null ? "—" : percent(average)));
        }
        tables.add(new vn.htxso.registry.Exports.PdfTable(text("assessment.overview.dimensions", locale),
                java.util.List.of(text("assessment.result.dimension", locale),
                        text("assessment.overview.avgPercent", locale)), dimensions));
        tables.add(groups(text("assessment.overview.bySector", locale), text("assessment.export.sector", locale),
                o.bySector(), key -> text("assessment.Sector." + key, locale), locale));
        tables.add(groups(text("assessment.overview.byCommune", locale), text("assessment.export.commune", locale),
                o.byCommune(), key -> key, locale));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.pdf(title, lines, tables, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(
                        "htx-dmi-" + (o.province() == null ? "toan-quoc" : o.province()) + ".pdf"))
                .body(out.toByteArray());
    }

    private vn.htxso.registry.Exports.PdfTable groups(String title, String keyHeader,
                                                      java.util.List<AssessmentStatistics.Group> groups,
                                                      java.util.function.Function<String, String> label,
                                                      Locale locale) {
        java.util.List<java.util.List<String>> rows = groups.stream().map(g -> java.util.List.of(label.apply(g.key()),
                fmt(g.count()), String.format(locale, "%.1f", g.averageLevel()), percent(g.averagePercent()))).toList();
        return new vn.htxso.registry.Exports.PdfTable(title, java.util.List.of(keyHeader,
                text("assessment.overview.count", locale), text("assessment.overview.avgLevel", locale),
                text("assessment.overview.avgPercent", locale)), rows);
    }

    private static String fmt(long n) {
        return java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(n);
    }

    private static String percent(double p) {
        return Math.round(p) + " %";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
