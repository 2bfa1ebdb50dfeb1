package vn.htxso.governance.web;

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

import vn.htxso.governance.CapitalRefunding;
import vn.htxso.governance.Monitoring;
import vn.htxso.governance.RefundReason;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.Registry;

/** Refunds of former members' capital: the list, and (for the manager) a refund once the year's accounts are approved. */
@Controller
class RefundsController {

    private final CapitalRefunding refunds;
    private final Monitoring monitoring;
    private final Registry registry;

    RefundsController(CapitalRefunding refunds, Monitoring monitoring, Registry registry) {
        this.refunds = refunds;
        this.monitoring = monitoring;
        this.registry = registry;
    }

    @GetMapping("/governance/cooperatives/{id}/refunds")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/governance/cooperatives/{id}/refunds")
    String refund(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("refund") LedgerForms.Refund form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> page(user, id, model))
                .submit(() -> {
                    refunds.refund(user, id, new CapitalRefunding.NewRefund(form.getMemberId(), form.getReason(),
                            form.getLossShareVnd()));
                    flash.addFlashAttribute("flash", "governance.flash.refunded");
                    return "redirect:/governance/cooperatives/" + id + "/refunds";
                });
    }

    private String page(CurrentUser user, UUID id, Model model) {
        model.addAttribute("org", monitoring.summary(user, id).organisation());
        boolean manager = user.manages(id);
        model.addAttribute("manager", manager);
        var done = refunds.of(user, id);
        model.addAttribute("refunds", done);
        model.addAttribute("reasons", RefundReason.values());
        if (manager) {
            java.util.Set<UUID> refunded = done.stream().map(r -> r.memberId()).collect(java.util.stream.Collectors.toSet());
            model.addAttribute("former", registry.members(new CooperativeId(id)).stream()
                    .filter(m -> m.leftOn() != null && !refunded.contains(m.id())).toList());
        }
        if (!model.containsAttribute("refund")) {
            model.addAttribute("refund", new LedgerForms.Refund());
        }
        return "governance/refunds";
    }
}
