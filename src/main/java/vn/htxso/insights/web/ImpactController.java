package vn.htxso.insights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.htxso.insights.Impacts;
import vn.htxso.platform.CurrentUser;

/** The impact pages: programmes, and one programme's difference in differences with its event-study chart. */
@Controller
class ImpactController {

    private final Impacts impacts;
    private final org.springframework.context.MessageSource messages;

    ImpactController(Impacts impacts, org.springframework.context.MessageSource messages) {
        this.impacts = impacts;
        this.messages = messages;
    }

    /** The impact report as .xlsx (summary with intervals and explanations, and the event study). */
    @GetMapping("/insights/programmes/{id}/impact.xlsx")
    void workbook(CurrentUser user, @PathVariable UUID id, java.util.Locale locale,
                  jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Impacts.Impact impact = impacts.impact(user, id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", vn.htxso.platform.Downloads.attachment(
                "tac-dong-" + vn.htxso.platform.VietnameseText.key(impact.programme().name()) + ".xlsx"));
        ImpactWorkbook.write(impact, messages, locale, response.getOutputStream());
    }

    @GetMapping("/insights/programmes")
    String programmes(CurrentUser user, Model model) {
        model.addAttribute("programmes", impacts.programmes(user));
        return "insights/programmes";
    }

    @GetMapping("/insights/programmes/{id}/impact")
    String impact(CurrentUser user, @PathVariable UUID id, Model model) {
        Impacts.Impact impact = impacts.impact(user, id);
        model.addAttribute("impact", impact);
        model.addAttribute("bars", bars(impact.eventStudy()));
        return "insights/impact";
    }

    /** A bar per month since the package, from a zero line in the middle of a 320 × 160 chart. */
    record Bar(int e, long att, int x, int y, int width, int height, boolean before) {
    }

    static List<Bar> bars(List<Impacts.EventPoint> points) {
        List<Bar> bars = new ArrayList<>();
        if (points.isEmpty()) {
            return bars;
        }
        long max = Math.max(1, points.stream().mapToLong(p -> Math.abs(p.att())).max().orElse(1));
        int width = Math.max(2, 300 / points.size());
        for (int i = 0; i < points.size(); i++) {
            Impacts.EventPoint p = points.get(i);
            int h = (int) Math.round(Math.abs(p.att()) * 70.0 / max);
            int y = p.att() >= 0 ? 80 - h : 80;
            bars.add(new Bar(p.e(), p.att(), 10 + i * width, y, Math.max(1, width - 2), Math.max(h, 1), p.e() < 0));
        }
        return bars;
    }
}
