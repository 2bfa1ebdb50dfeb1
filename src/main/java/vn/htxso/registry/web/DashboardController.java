package vn.htxso.registry.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.Downloads;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VnFormat;
import vn.htxso.registry.CooperativeStatistics;
import vn.htxso.registry.Exports;
import vn.htxso.registry.Scopes;
import vn.htxso.registry.Targets;

/** National and provincial dashboards (with communes), their CSV and PDF, and the development targets. */
@Controller
class DashboardController {

    private final CooperativeStatistics statistics;
    private final Targets targets;
    private final Exports exports;
    private final AdminUnits adminUnits;
    private final MessageSource messages;
    private final VnFormat fmt;

    DashboardController(CooperativeStatistics statistics, Targets targets, Exports exports, AdminUnits adminUnits,
                        MessageSource messages, VnFormat fmt) {
        this.statistics = statistics;
        this.targets = targets;
        this.exports = exports;
        this.adminUnits = adminUnits;
        this.messages = messages;
        this.fmt = fmt;
    }

    /** Everything a dashboard shows, computed once for the page, the CSV and the PDF. */
    record Figures(String province, String provinceName, CooperativeStatistics.Counts counts, double activeShare,
                   Map<String, CooperativeStatistics.Tally> byKind, Map<String, CooperativeStatistics.Tally> byStatus, Map<String, CooperativeStatistics.Tally> bySector,
                   Map<String, CooperativeStatistics.Tally> byProvince, CooperativeStatistics.Inclusion inclusion, Integer year,
                   CooperativeStatistics.Averages current, CooperativeStatistics.Averages previous,
                   Double revenueGrowth, Double incomeGrowth, List<CooperativeStatistics.CommuneRow> communes,
                   List<Targets.Progress> progress) {
    }

    Figures figures(CurrentUser user, String province, Integer year) {
        String scope = Scopes.statisticsProvince(user, province, adminUnits);
        CooperativeStatistics.Counts counts = statistics.counts(scope);
        Integer reportYear = year != null ? year : statistics.latestYear(scope);
        CooperativeStatistics.Averages current = reportYear == null ? null : statistics.averages(scope, reportYear);
        CooperativeStatistics.Averages previous = reportYear == null ? null
                : statistics.averages(scope, reportYear - 1);
        return new Figures(scope, scope == null ? null : adminUnits.provinceName(scope), counts,
                counts.total() == 0 ? 0 : (double) counts.active() / counts.total(),
                statistics.countBy("kind", scope), statistics.countBy("status", scope),
                statistics.countBy("sector", scope), scope == null ? statistics.countBy("province_code", null) : Map.of(),
                statistics.inclusion(scope), reportYear, current, previous,
                growth(current == null ? null : current.averageRevenueVnd(),
                        previous == null ? null : previous.averageRevenueVnd()),
                growth(current == null ? null : current.averageWorkerIncomeVnd(),
                        previous == null ? null : previous.averageWorkerIncomeVnd()),
                scope == null ? List.of() : statistics.byCommune(scope, reportYear), targets.progress(scope));
    }

    static Double growth(Long now, Long before) {
        if (now == null || before == null || before == 0) {
            return null;
        }
        return (double) (now - before) / before;
    }

    @GetMapping("/registry/dashboard")
    String dashboard(CurrentUser user, @RequestParam(required = false) String province,
                     @RequestParam(required = false) Integer year, Model model) {
        Figures f = figures(user, province, year);
        model.addAttribute("f", f);
        model.addAttribute("provinces", user.isNationalAdmin() ? adminUnits.provinces() : List.of());
        model.addAttribute("charts", List.of(
                chart("kind", "registry.dashboard.byKind", f.byKind(), "registry.OrganisationKind."),
                chart("status", "registry.dashboard.byStatus", f.byStatus(), "registry.OrganisationStatus."),
                chart("sector", "registry.dashboard.bySector", f.bySector(), "registry.Sector.")));
        if (f.province() == null) {
            List<Charts.Item> items = new ArrayList<>();
            f.byProvince().forEach((code, v) -> items.add(new Charts.Item(adminUnits.provinceName(code), v.total())));
            model.addAttribute("provinceChart", Charts.bars("province", text("registry.dashboard.byProvince"),
                    items, fmt::number));
        } else {
            List<Charts.Item> items = f.communes().stream().limit(12)
                    .map(c -> new Charts.Item(c.commune(), c.total())).toList();
            model.addAttribute("communeChart", Charts.bars("commune", text("registry.dashboard.byCommune"), items,
                    fmt::number));
        }
        return "registry/dashboard";
    }

    private Charts chart(String id, String titleKey, Map<String, CooperativeStatistics.Tally> data, String labelPrefix) {
        List<Charts.Item> items = new ArrayList<>();
        data.forEach((key, v) -> items.add(new Charts.Item(text(labelPrefix + key), v.total())));
        return Charts.bars(id, text(titleKey), items, fmt::number);
    }

    @GetMapping("/registry/dashboard.csv")
    void csv(CurrentUser user, @RequestParam(required = false) String province,
             @RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        Figures f = figures(user, province, year);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("total", "", f.counts().total(), f.counts().active(), f.counts().members()));
        add(rows, "kind", f.byKind());
        add(rows, "status", f.byStatus());
        add(rows, "sector", f.bySector());
        add(rows, "province", f.byProvince());
        for (CooperativeStatistics.CommuneRow c : f.communes()) {
            rows.add(List.of("commune", c.commune(), c.total(), c.active(), c.members()));
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", Downloads.attachment("thong-ke-htx.csv"));
        exports.table(List.of("group", "value", "total", "active", "members"), rows, response.getOutputStream());
    }

    private static void add(List<List<Object>> rows, String group, Map<String, CooperativeStatistics.Tally> data) {
        data.forEach((key, v) -> rows.add(List.of(group, key, v.total(), v.active(), v.members())));
    }

    @GetMapping("/registry/report.pdf")
    void pdf(CurrentUser user, @RequestParam(required = false) String province,
             @RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        Figures f = figures(user, province, year);
        String place = f.province() == null ? text("registry.dashboard.national") : f.provinceName();
        List<String> lines = new ArrayList<>();
        lines.add(text("registry.pdf.counts", fmt.number(f.counts().total()), fmt.number(f.counts().active()),
                fmt.percent(f.activeShare()), fmt.number(f.counts().members())));
        if (f.current() != null) {
            lines.add(text("registry.pdf.averages", f.year(), fmt.vnd(f.current().averageRevenueVnd()),
                    fmt.vnd(f.current().averageWorkerIncomeVnd()), f.current().reports()));
        }
        lines.add(text("registry.pdf.inclusion", fmt.number(f.inclusion().registered()),
                fmt.number(f.inclusion().women()), fmt.number(f.inclusion().ethnicMinority())));
        List<Exports.PdfTable> tables = new ArrayList<>();
        List<String> header = List.of(text("registry.dashboard.group"), text("registry.dashboard.total"),
                text("registry.dashboard.active"), text("registry.dashboard.members"));
        tables.add(table(text("registry.dashboard.byKind"), header, f.byKind(), "registry.OrganisationKind."));
        tables.add(table(text("registry.dashboard.byStatus"), header, f.byStatus(), "registry.OrganisationStatus."));
        tables.add(table(text("registry.dashboard.bySector"), header, f.bySector(), "registry.Sector."));
        if (!f.communes().isEmpty()) {
            tables.add(new Exports.PdfTable(text("registry.dashboard.byCommune"), header, f.communes().stream()
                    .map(c -> List.of(c.commune(), fmt.number(c.total()), fmt.number(c.active()),
                            fmt.number(c.members()))).toList()));
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", Downloads.attachment("bao-cao-htx.pdf"));
        exports.pdf(text("registry.pdf.title", place), lines, tables, response.getOutputStream());
    }

    private Exports.PdfTable table(String title, List<String> header, Map<String, CooperativeStatistics.Tally> data, String prefix) {
        List<List<String>> rows = new ArrayList<>();
        data.forEach((key, v) -> rows.add(List.of(text(prefix + key), fmt.number(v.total()), fmt.number(v.active()),
                fmt.number(v.members()))));
        return new Exports.PdfTable(title, header, rows);
    }

    @GetMapping("/registry/targets")
    String targets(CurrentUser user, @RequestParam(required = false) String province, Model model) {
        String scope = Scopes.statisticsProvince(user, province, adminUnits);
        model.addAttribute("province", scope);
        model.addAttribute("provinceName", scope == null ? null : adminUnits.provinceName(scope));
        model.addAttribute("progress", targets.progress(scope));
        model.addAttribute("metrics", Targets.Metric.values());
        model.addAttribute("canSet", scope == null ? user.isNationalAdmin() : user.administers(scope));
        model.addAttribute("thisYear", targets.thisYear());
        model.addAttribute("provinces", user.isNationalAdmin() ? adminUnits.provinces() : List.of());
        return "registry/targets";
    }

    @PostMapping("/registry/targets")
    String setTarget(CurrentUser user, @RequestParam(required = false) String province,
                     @RequestParam Targets.Metric metric, @RequestParam int targetYear, @RequestParam long targetValue,
                     RedirectAttributes flash) {
        String scope = Scopes.statisticsProvince(user, province, adminUnits);
        targets.set(user, scope == null ? Targets.NATIONAL : scope, metric, targetYear, targetValue);
        flash.addFlashAttribute("flash", "registry.targets.saved");
        return "redirect:/registry/targets" + (scope == null ? "" : "?province=" + scope);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

}
