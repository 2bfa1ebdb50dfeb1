package vn.htxso.scorecard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.htxso.scorecard.CommuneShowcases;

/** The public page of a commune: its co-ops, shops, OCOP products and published lots (no personal data). */
@Controller
class ShowcaseController {

    private final CommuneShowcases showcases;

    ShowcaseController(CommuneShowcases showcases) {
        this.showcases = showcases;
    }

    @GetMapping("/communes/{provinceCode}/{communeName}")
    String showcase(@PathVariable String provinceCode, @PathVariable String communeName, Model model) {
        model.addAttribute("showcase", showcases.showcase(provinceCode, communeName));
        return "scorecard/showcase";
    }
}
