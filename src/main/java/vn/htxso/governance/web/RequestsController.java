package vn.htxso.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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

import vn.htxso.governance.AssemblyRequest;
import vn.htxso.governance.Convening;
import vn.htxso.governance.MemberRequests;
import vn.htxso.governance.Monitoring;
import vn.htxso.governance.RefusalReason;
import vn.htxso.governance.RequestKind;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;

/** Members' requests for an extraordinary assembly or an agenda change, and the convenor's decisions. */
@Controller
class RequestsController {

    private final MemberRequests requests;
    private final Convening convening;
    private final Monitoring monitoring;
    private final Clock clock;

    RequestsController(MemberRequests requests, Convening convening, Monitoring monitoring, Clock clock) {
        this.requests = requests;
        this.convening = convening;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @GetMapping("/governance/cooperatives/{id}/requests")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/governance/cooperatives/{id}/requests")
    String file(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("request") MeetingForms.Request form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> page(user, id, model))
                .submit(() -> {
                    AssemblyRequest r = requests.file(user, id, new MemberRequests.NewRequest(form.getKind(),
                            form.getKind() == RequestKind.AGENDA ? form.getAssemblyId() : null, form.getReceivedOn(),
                            form.getSignatures(), form.isBySupervisoryBoard(), form.getText()));
                    flash.addFlashAttribute("flash", "governance.flash.request" + r.status());
                    return "redirect:/governance/cooperatives/" + id + "/requests";
                });
    }

    @PostMapping("/governance/cooperatives/{id}/requests/{requestId}/decision")
    String decide(CurrentUser user, @PathVariable UUID id, @PathVariable UUID requestId,
                  @ModelAttribute("decision") MeetingForms.Decision form, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        return FormSubmission.of(model, response)
                .onFailure(() -> page(user, id, model))
                .submit(() -> {
                    AssemblyRequest decided = requests.decide(user, id, requestId, form.isAccept(), form.getReason());
                    flash.addFlashAttribute("flash", "governance.flash.request" + decided.status());
                    return "redirect:/governance/cooperatives/" + id + "/requests";
                });
    }

    private String page(CurrentUser user, UUID id, Model model) {
        model.addAttribute("org", monitoring.summary(user, id).organisation());
        model.addAttribute("manager", user.manages(id));
        model.addAttribute("requests", requests.of(user, id));
        model.addAttribute("mayFile", requests.mayFile(user, id));
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("open", convening.of(user, id).stream().filter(a -> !a.held() && !a.signed()).toList());
        model.addAttribute("reasons", Arrays.stream(RefusalReason.values()).filter(RefusalReason::convenorMayGive)
                .toList());
        if (!model.containsAttribute("request")) {
            MeetingForms.Request form = new MeetingForms.Request();
            form.setReceivedOn(LocalDate.now(clock));
            model.addAttribute("request", form);
        }
        return "governance/requests";
    }
}
