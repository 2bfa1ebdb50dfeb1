package vn.htxso.scorecard.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.scorecard.CriteriaSet;
import vn.htxso.scorecard.Measure;
import vn.htxso.scorecard.ScorecardCriteria;

/** A province's own criteria set (or, for national admins, the national default {@code VN}): edit and history. */
@Controller
class CriteriaController {

    private final ScorecardCriteria criteria;
    private final AdminUnits adminUnits;

    CriteriaController(ScorecardCriteria criteria, AdminUnits adminUnits) {
        this.criteria = criteria;
        this.adminUnits = adminUnits;
    }

    @GetMapping("/scorecard/criteria/{scope}")
    String edit(CurrentUser user, @PathVariable String scope, Model model) {
        CriteriaSet set = criteria.forEditing(user, scope);
        model.addAttribute("form", CriteriaForm.of(set, set.scope().equals(scope)));
        return page(scope, set, model);
    }

    @PostMapping("/scorecard/criteria/{scope}")
    String save(CurrentUser user, @PathVariable String scope, @ModelAttribute("form") CriteriaForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        CriteriaSet current = criteria.forEditing(user, scope);
        return FormSubmission.of(result, response)
                .onFailure(() -> {
                    form.padRows();
                    return page(scope, current, model);
                })
                .submit(() -> {
                    CriteriaSet saved = criteria.save(user, scope, form.getBaseVersion(), form.getNote(),
                            form.inputs());
                    flash.addFlashAttribute("flash", "scorecard.criteria.saved");
                    flash.addFlashAttribute("flashArgs", new Object[] {saved.version()});
                    return CriteriaSet.NATIONAL.equals(scope) ? "redirect:/scorecard/criteria/VN"
                            : "redirect:/scorecard/provinces/" + scope;
                });
    }

    @GetMapping("/scorecard/criteria/{scope}/history")
    String history(CurrentUser user, @PathVariable String scope, Model model) {
        model.addAttribute("versions", criteria.history(user, scope));
        model.addAttribute("scope", scope);
        model.addAttribute("scopeName", scopeName(scope));
        return "scorecard/history";
    }

    private String page(String scope, CriteriaSet current, Model model) {
        model.addAttribute("scope", scope);
        model.addAttribute("scopeName", scopeName(scope));
        model.addAttribute("current", current);
        model.addAttribute("own", current.scope().equals(scope));
        model.addAttribute("measures", Measure.values());
        return "scorecard/criteria";
    }

    private String scopeName(String scope) {
        return CriteriaSet.NATIONAL.equals(scope) ? null : adminUnits.provinceName(scope);
    }
}
