package vn.htxso.registry.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CsvWriter;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Downloads;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.AnnualReports;
import vn.htxso.registry.Directory;

/** The annual reports of one organisation (list, enter a year) and the province's missing reports. */
@Controller
class AnnualReportsController {

    private final Directory directory;
    private final AnnualReports reports;
    private final AdminUnits adminUnits;
    private final Clock clock;

    AnnualReportsController(Directory directory, AnnualReports reports, AdminUnits adminUnits, Clock clock) {
        this.directory = directory;
        this.reports = reports;
        this.adminUnits = adminUnits;
        this.clock = clock;
    }

    @GetMapping("/registry/organisations/{id}/reports")
    String reports(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer year,
                   Model model) {
        Directory.Details org = directory.get(user, id);
        ReportForm form = new ReportForm();
        int target = year != null ? year : VnTime.today(clock).getYear() - 1;
        form.setYear(target);
        reports.list(user, id).stream().filter(r -> r.year() == target).findFirst().ifPresent(r -> {
            form.setMembers(r.members());
            form.setWorkers(r.workers());
            form.setMemberWorkers(r.memberWorkers());
            form.setRevenueVnd(r.revenueVnd());
            form.setProfitVnd(r.profitVnd());
            form.setCharterCapitalVnd(r.charterCapitalVnd());
            form.setTotalAssetsVnd(r.totalAssetsVnd());
            form.setAvgWorkerIncomeVnd(r.avgWorkerIncomeVnd());
            form.setDigitalTools(r.digitalTools());
        });
        if (form.getMembers() == null) {
            form.setMembers(org.members());
        }
        model.addAttribute("form", form);
        return reportsPage(user, org, model);
    }

    private String reportsPage(CurrentUser user, Directory.Details org, Model model) {
        model.addAttribute("org", org);
        model.addAttribute("reports", reports.list(user, org.id()));
        model.addAttribute("canEdit", Directory.mayEdit(user, org));
        return "registry/reports";
    }

    @PostMapping("/registry/organisations/{id}/reports")
    String saveReport(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") ReportForm form,
                      BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Directory.Details org = directory.editable(user, id);
        int thisYear = VnTime.today(clock).getYear();
        if (form.getYear() != null && form.getYear() > thisYear) {
            result.rejectValue("year", "registry.form.year");
        }
        return FormSubmission.of(result, response)
                .onFailure(() -> reportsPage(user, org, model))
                .submit(() -> {
                    reports.save(user, id, new AnnualReports.Report(form.getYear(), form.getMembers(),
                            form.getWorkers(), form.getMemberWorkers(), form.getRevenueVnd(), form.getProfitVnd(),
                            form.getCharterCapitalVnd(), form.getTotalAssetsVnd(), form.getAvgWorkerIncomeVnd(),
                            form.getDigitalTools(), null, null));
                    flash.addFlashAttribute("flash", "registry.reports.saved");
                    flash.addFlashAttribute("flashArgs", new Object[] {form.getYear()});
                    return "redirect:/registry/organisations/" + id + "/reports?year=" + form.getYear();
                });
    }

    @GetMapping("/registry/not-reported.csv")
    void notReportedCsv(CurrentUser user, @RequestParam(required = false) String province,
                        @RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        int target = year != null ? year : VnTime.today(clock).getYear() - 1;
        String scope = user.isNationalAdmin() ? (province == null || province.isBlank() ? null : province)
                : user.provinceCode();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", Downloads.attachment("chua-bao-cao-" + target + ".csv"));
        CsvWriter printer = CsvWriter.utf8WithBom(response.getOutputStream());
        printer.row("Mã số HTX", "Tên", "Loại hình", "Xã/Phường", "Điện thoại");
        if (scope != null) {
            for (AnnualReports.Missing m : reports.missing(user, scope, target)) {
                printer.row(m.registrationNo(), m.name(), m.kind(), m.communeName(), m.phone());
            }
        }
        printer.flush();
    }

    @GetMapping("/registry/not-reported")
    String notReported(CurrentUser user, @RequestParam(required = false) String province,
                       @RequestParam(required = false) Integer year, Model model) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        int target = year != null ? year : VnTime.today(clock).getYear() - 1;
        String scope = user.isNationalAdmin() ? (province == null || province.isBlank() ? null : province)
                : user.provinceCode();
        model.addAttribute("year", target);
        model.addAttribute("province", scope);
        model.addAttribute("provinces", user.isNationalAdmin() ? adminUnits.provinces() : List.of());
        model.addAttribute("missing", scope == null ? List.of() : reports.missing(user, scope, target));
        model.addAttribute("provinceName", scope == null ? null : adminUnits.provinceName(scope));
        return "registry/not-reported";
    }
}
