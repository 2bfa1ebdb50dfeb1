package vn.htxso.marketplace.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.Downloads;
import vn.htxso.marketplace.OperatingReport;
import vn.htxso.marketplace.OperatingReport.Report;
import vn.htxso.marketplace.ShopAdministration;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VnFormat;

/** The alliance's side of the market: shop verification and the operating report (screen, .xlsx, PDF). */
@Controller
class AllianceMarketController {

    private final ShopAdministration shops;
    private final OperatingReport reports;
    private final ReportExports exports;
    private final AdminUnits adminUnits;
    private final Clock clock;

    AllianceMarketController(ShopAdministration shops, OperatingReport reports, ReportExports exports,
                             AdminUnits adminUnits, Clock clock) {
        this.shops = shops;
        this.reports = reports;
        this.exports = exports;
        this.adminUnits = adminUnits;
        this.clock = clock;
    }

    @GetMapping("/market/admin/shops")
    String shops(CurrentUser admin, Model model) {
        model.addAttribute("shops", shops.shopsForAdmin(admin));
        return "marketplace/admin-shops";
    }

    @PostMapping("/market/admin/shops/{id}/verified")
    String verify(CurrentUser admin, @PathVariable String id, @RequestParam boolean verified, RedirectAttributes flash) {
        shops.setVerified(admin, Ids.parse(id), verified);
        flash.addFlashAttribute("flash", verified ? "marketplace.admin.verifiedDone" : "marketplace.admin.unverifiedDone");
        return "redirect:/market/admin/shops";
    }

    @GetMapping("/market/admin/report")
    String report(CurrentUser admin, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String province,
                  Model model) {
        Report report = load(admin, from, to, province);
        model.addAttribute("report", report);
        model.addAttribute("provinces", admin.isNationalAdmin() ? adminUnits.provinces()
                : adminUnits.province(admin.provinceCode()).stream().toList());
        long max = report.byMonth().stream().mapToLong(OperatingReport.MonthRow::gmvVnd).max().orElse(0);
        List<ChartBar> bars = new ArrayList<>();
        int n = Math.max(1, report.byMonth().size());
        int slot = Math.max(12, 600 / n);
        for (int i = 0; i < report.byMonth().size(); i++) {
            var m = report.byMonth().get(i);
            int h = max == 0 ? 0 : (int) Math.round(180.0 * m.gmvVnd() / max);
            bars.add(new ChartBar(m.month().toString(), new VnFormat().vnd(m.gmvVnd()), 40 + i * slot, 200 - h,
                    Math.max(4, slot - 6), h));
        }
        model.addAttribute("bars", bars);
        model.addAttribute("chartWidth", 40 + n * slot + 10);
        return "marketplace/report";
    }

    @GetMapping("/market/admin/report.xlsx")
    ResponseEntity<byte[]> xlsx(CurrentUser admin, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) String province, Locale locale) throws IOException {
        Report report = load(admin, from, to, province);
        return file(exports.xlsx(report, locale), report, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/market/admin/report.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser admin, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(required = false) String province, Locale locale) throws IOException {
        Report report = load(admin, from, to, province);
        return file(exports.pdf(report, locale), report, "pdf", MediaType.APPLICATION_PDF);
    }

    private static ResponseEntity<byte[]> file(byte[] body, Report report, String extension, MediaType type) {
        String name = "bao-cao-cho-htx-" + report.from() + "-" + report.to()
                + (report.province() == null ? "" : "-" + report.province()) + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name))
                .body(body);
    }

    private Report load(CurrentUser admin, String from, String to, String province) {
        LocalDate today = LocalDate.now(clock.withZone(VnFormat.ZONE));
        LocalDate end = date(to, today);
        LocalDate start = date(from, end.withDayOfYear(1));
        return reports.report(admin, start, end, province);
    }

    private static LocalDate date(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
