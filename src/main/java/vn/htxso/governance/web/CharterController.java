package vn.htxso.governance.web;

import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.governance.CharterSettings;
import vn.htxso.governance.GovernanceModel;
import vn.htxso.governance.Monitoring;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;

/** The charter settings: the versions with their adopting resolution, and (for the manager) adopting a new one. */
@Controller
class CharterController {

    private final CharterSettings charters;
    private final Monitoring monitoring;
    private final java.time.Clock clock;

    CharterController(CharterSettings charters, Monitoring monitoring, java.time.Clock clock) {
        this.charters = charters;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @GetMapping("/governance/cooperatives/{id}/charter")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/governance/cooperatives/{id}/charter")
    String adopt(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("charter") MeetingForms.Charter form,
                 BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> page(user, id, model))
                .submit(() -> {
                    charters.adopt(user, id, change(form));
                    flash.addFlashAttribute("flash", "governance.flash.charterAdopted");
                    return "redirect:/governance/cooperatives/" + id + "/charter";
                });
    }

    static CharterSettings.CharterChange change(MeetingForms.Charter f) {
        return new CharterSettings.CharterChange(f.getResolutionId(), f.getEffectiveOn(), f.getModel(),
                CharterSettings.threshold("quorumNumerator", f.getQuorumNumerator(), f.getQuorumDenominator(),
                        f.isQuorumStrict()),
                CharterSettings.threshold("ordinaryNumerator", f.getOrdinaryNumerator(), f.getOrdinaryDenominator(),
                        f.isOrdinaryStrict()),
                CharterSettings.threshold("specialNumerator", f.getSpecialNumerator(), f.getSpecialDenominator(),
                        f.isSpecialStrict()),
                f.getIndivisibleFundPercent(), f.getOtherFundsPercent(), f.getCapitalSharePercent(),
                f.getBoardSize(), f.getBoardTermYears());
    }

    private String page(CurrentUser user, UUID id, Model model) {
        model.addAttribute("org", monitoring.summary(user, id).organisation());
        model.addAttribute("inForce", charters.inForce(user, id));
        model.addAttribute("versions", charters.versions(user, id));
        boolean manager = user.manages(id);
        model.addAttribute("manager", manager);
        model.addAttribute("models", GovernanceModel.values());
        if (manager) {
            model.addAttribute("adoptable", charters.adoptable(user, id));
            if (!model.containsAttribute("charter")) {
                MeetingForms.Charter form = MeetingForms.Charter.of(charters.inForce(user, id));
                form.setEffectiveOn(LocalDate.now(clock));
                model.addAttribute("charter", form);
            }
        }
        return "governance/charter";
    }
}
