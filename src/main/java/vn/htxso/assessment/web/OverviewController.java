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

    OverviewController(AssessmentStatistics statistics, Assessments assessments, AdminUnits adminUnits,
                       MessageSource messages) {
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

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
