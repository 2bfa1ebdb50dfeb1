package vn.htxso.scorecard.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.htxso.platform.Downloads;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.scorecard.CommuneScorecard;
import vn.htxso.scorecard.ProvinceScorecard;
import vn.htxso.scorecard.Scorecards;

/** The scorecard pages: national by province, a province's communes (with exports), one commune. */
@Controller
class ScorecardController {

    private final Scorecards scorecards;
    private final ScorecardExports exports;

    ScorecardController(Scorecards scorecards, ScorecardExports exports) {
        this.scorecards = scorecards;
        this.exports = exports;
    }

    @GetMapping("/scorecard")
    String home(CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        if (!user.isNationalAdmin()) {
            return "redirect:/scorecard/provinces/" + user.provinceCode();
        }
        int y = scorecards.year(year);
        model.addAttribute("year", y);
        model.addAttribute("provinces", scorecards.national(user, y));
        return "scorecard/national";
    }

    @GetMapping("/scorecard/provinces/{code}")
    String province(CurrentUser user, @PathVariable String code, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) String q, @RequestParam(required = false) String band,
                    Model model) {
        ProvinceScorecard card = scorecards.province(user, code, year);
        CommuneFilter filter = CommuneFilter.of(q, band);
        model.addAttribute("card", card);
        model.addAttribute("communes", filter.apply(card.communes()));
        model.addAttribute("filter", filter);
        return "scorecard/province";
    }

    @GetMapping("/scorecard/provinces/{code}/export.xlsx")
    ResponseEntity<byte[]> xlsx(CurrentUser user, @PathVariable String code,
                                @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                                @RequestParam(required = false) String band, Locale locale) throws IOException {
        ProvinceScorecard card = scorecards.province(user, code, year);
        List<CommuneScorecard> communes = CommuneFilter.of(q, band).apply(card.communes());
        return file(exports.xlsx(card, communes, locale), card, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/scorecard/provinces/{code}/export.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable String code,
                               @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                               @RequestParam(required = false) String band, Locale locale) throws IOException {
        ProvinceScorecard card = scorecards.province(user, code, year);
        List<CommuneScorecard> communes = CommuneFilter.of(q, band).apply(card.communes());
        return file(exports.pdf(card, communes, locale), card, "pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/scorecard/provinces/{code}/communes/{commune}")
    String commune(CurrentUser user, @PathVariable String code, @PathVariable String commune,
                   @RequestParam(required = false) Integer year, Model model) {
        CommuneScorecard card = scorecards.commune(user, code, commune, year);
        model.addAttribute("card", card);
        return "scorecard/commune";
    }

    private static ResponseEntity<byte[]> file(byte[] body, ProvinceScorecard card, String extension, MediaType type) {
        String name = "bo-chi-so-xa-" + card.provinceCode() + "-" + card.year() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name))
                .body(body);
    }
}
