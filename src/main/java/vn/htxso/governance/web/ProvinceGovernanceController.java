package vn.htxso.governance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
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
import org.springframework.web.bind.annotation.PathVariable;

import vn.htxso.governance.Alert;
import vn.htxso.governance.Monitoring;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Province;

/** The alliance's views: a province's co-ops by alert (page and .xlsx), and the national view by province. */
@Controller
class ProvinceGovernanceController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Monitoring monitoring;
    private final AdminUnits adminUnits;
    private final MessageSource messages;

    ProvinceGovernanceController(Monitoring monitoring, AdminUnits adminUnits, MessageSource messages) {
        this.monitoring = monitoring;
        this.adminUnits = adminUnits;
        this.messages = messages;
    }

    @GetMapping("/governance/provinces/{code}")
    String province(CurrentUser user, @PathVariable String code, Model model) {
        model.addAttribute("view", monitoring.province(user, code));
        model.addAttribute("province", adminUnits.province(code).map(Province::name).orElse(code));
        model.addAttribute("code", code);
        return "governance/province";
    }

    @GetMapping("/governance/provinces/{code}.xlsx")
    ResponseEntity<byte[]> provinceXlsx(CurrentUser user, @PathVariable String code) throws IOException {
        Monitoring.ProvinceView view = monitoring.province(user, code);
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t("governance.province.sheet", locale));
            row(sheet, 0, t("governance.province.coop", locale), t("common.commune", locale),
                    t("governance.province.registrationNo", locale), t("governance.province.alertCode", locale),
                    t("governance.province.alert", locale));
            int r = 1;
            for (Monitoring.MonitoredCoop c : view.monitored()) {
                for (Alert a : c.alerts()) {
                    row(sheet, r++, c.organisation().name(), c.organisation().communeName(),
                            c.organisation().registrationNo(), a.code(),
                            messages.getMessage(a.messageKey(), a.arguments().toArray(), locale));
                }
            }
            Sheet communes = book.createSheet(t("governance.province.byCommune", locale));
            row(communes, 0, t("common.commune", locale), t("governance.province.monitored", locale),
                    t("governance.province.withAlerts", locale));
            int k = 1;
            for (Monitoring.CommuneCount c : view.communes()) {
                Row row = communes.createRow(k++);
                row.createCell(0).setCellValue(c.communeName());
                row.createCell(1).setCellValue(c.monitored());
                row.createCell(2).setCellValue(c.withAlerts());
            }
            book.write(out);
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"canh-bao-quan-tri-" + code + ".xlsx\"")
                    .body(out.toByteArray());
        }
    }

    @GetMapping("/governance/national")
    String national(CurrentUser user, Model model) {
        List<Province> provinces = adminUnits.provinces();
        model.addAttribute("rows", monitoring.national(user, provinces.stream().map(Province::code).toList()));
        model.addAttribute("names", provinces.stream()
                .collect(java.util.stream.Collectors.toMap(Province::code, Province::name)));
        return "governance/national";
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
