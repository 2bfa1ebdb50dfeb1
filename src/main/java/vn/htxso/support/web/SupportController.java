package vn.htxso.support.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.Forbidden;
import vn.htxso.support.ApplicationState;
import vn.htxso.support.Applications;
import vn.htxso.support.Programmes;
import vn.htxso.support.SupportReports;
import vn.htxso.support.Application;

/** Support pages: the co-op's, the alliance's and the provider's lists, and one application's flow. */
@Controller
class SupportController {

    private final Programmes programmes;
    private final Applications applications;
    private final SupportReports reports;

    SupportController(Programmes programmes, Applications applications, SupportReports reports) {
        this.programmes = programmes;
        this.applications = applications;
        this.reports = reports;
    }

    @GetMapping("/support")
    String index(CurrentUser user, @RequestParam(required = false) ApplicationState state, Model model) {
        List<Application> visible = applications.visible(user);
        model.addAttribute("applications", state == null ? visible
                : visible.stream().filter(a -> a.state() == state).toList());
        model.addAttribute("state", state);
        model.addAttribute("states", ApplicationState.values());
        model.addAttribute("reminders", reports.reminders(user));
        model.addAttribute("programmes", user.isAdmin() ? programmes.all()
                : user.organisationId() != null ? programmes.openIn(user.provinceCode()) : List.of());
        return "support/index";
    }

    @PostMapping("/support/applications")
    String create(CurrentUser user, @RequestParam UUID packageId, RedirectAttributes flash) {
        UUID id = applications.create(user, packageId);
        flash.addFlashAttribute("flash", "support.application.createdDone");
        return "redirect:/support/applications/" + id;
    }

    @GetMapping("/support/applications/{id}")
    String application(CurrentUser user, @PathVariable UUID id, Model model) {
        Application a = applications.find(user, id);
        model.addAttribute("app", a);
        model.addAttribute("history", applications.history(user, id));
        model.addAttribute("next", applications.next(user, a));
        return "support/application";
    }

    @PostMapping("/support/applications/{id}/transition")
    String transition(CurrentUser user, @PathVariable UUID id, @RequestParam ApplicationState to,
                      @RequestParam(required = false) String reason, @RequestParam(required = false) String amountVnd,
                      Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(model, response)
                .onFailure(() -> application(user, id, model))
                .submit(() -> {
                    applications.transition(user, id, to, reason, amount(amountVnd));
                    flash.addFlashAttribute("flash", "support.application.moved");
                    flash.addFlashAttribute("flashArgs", new Object[] {to});
                    return "redirect:/support/applications/" + id;
                });
    }

    private static Long amount(String amountVnd) {
        if (amountVnd == null || amountVnd.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(amountVnd.strip().replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "support.money.invalid");
        }
    }

    @GetMapping("/support/programmes/{id}/effect")
    String effect(CurrentUser user, @PathVariable UUID id, Model model) {
        if (user == null) {
            throw new Forbidden();
        }
        model.addAttribute("report", reports.effect(user, id));
        return "support/effect";
    }
}
