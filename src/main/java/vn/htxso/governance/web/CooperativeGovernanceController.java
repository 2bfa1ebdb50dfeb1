package vn.htxso.governance.web;

import java.time.Clock;
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

import vn.htxso.governance.Assembly;
import vn.htxso.governance.AssemblyForm;
import vn.htxso.governance.AssemblyKind;
import vn.htxso.governance.Convening;
import vn.htxso.governance.GovernanceSummary;
import vn.htxso.governance.IncomeDistribution;
import vn.htxso.governance.IndivisibleFund;
import vn.htxso.governance.Ledger;
import vn.htxso.governance.MeetingMode;
import vn.htxso.governance.Monitoring;
import vn.htxso.governance.OfficerElections;
import vn.htxso.governance.VoteResults;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.FormSubmission;

/** A co-op's governance page: summary and alerts, assemblies, open votes, officers, fund, income; convening. */
@Controller
class CooperativeGovernanceController {

    private final Monitoring monitoring;
    private final Convening convening;
    private final VoteResults results;
    private final OfficerElections officers;
    private final IndivisibleFund fund;
    private final Ledger ledger;
    private final IncomeDistribution distribution;
    private final Clock clock;

    CooperativeGovernanceController(Monitoring monitoring, Convening convening, VoteResults results,
                                    OfficerElections officers, IndivisibleFund fund, Ledger ledger,
                                    IncomeDistribution distribution, Clock clock) {
        this.monitoring = monitoring;
        this.convening = convening;
        this.results = results;
        this.officers = officers;
        this.fund = fund;
        this.ledger = ledger;
        this.distribution = distribution;
        this.clock = clock;
    }

    @GetMapping("/governance")
    String index(CurrentUser user) {
        if (user == null) {
            throw new Forbidden();
        }
        if (user.isNationalAdmin()) {
            return "redirect:/governance/national";
        }
        if (user.isAdmin() && user.provinceCode() != null) {
            return "redirect:/governance/provinces/" + user.provinceCode();
        }
        if (user.organisationId() != null) {
            return "redirect:/governance/cooperatives/" + user.organisationId();
        }
        throw new Forbidden();
    }

    @GetMapping("/governance/cooperatives/{id}")
    String coop(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/governance/cooperatives/{id}/assemblies")
    String convene(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("convene") GovernanceForms.Convene form,
                   BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> page(user, id, model))
                .submit(() -> {
                    Assembly a = convening.convene(user, id, new Convening.NewAssembly(form.getKind(), form.getForm(),
                            form.getMode(), null, form.getScheduledOn(), null,
                            form.getForm() == AssemblyForm.DELEGATES ? form.getDelegates() : null, form.getAgenda()));
                    flash.addFlashAttribute("flash", "governance.flash.convened");
                    return "redirect:/governance/assemblies/" + a.id();
                });
    }

    private String page(CurrentUser user, UUID id, Model model) {
        GovernanceSummary summary = monitoring.summary(user, id);
        int lastYear = LocalDate.now(clock).getYear() - 1;
        model.addAttribute("summary", summary);
        model.addAttribute("org", summary.organisation());
        model.addAttribute("manager", user.manages(id));
        model.addAttribute("assemblies", convening.of(user, id));
        model.addAttribute("openVotes", results.openVotes(user, id));
        model.addAttribute("officers", officers.of(user, id));
        model.addAttribute("fund", fund.of(user, id));
        model.addAttribute("figures", ledger.figures(user, id, lastYear));
        model.addAttribute("distributions", distribution.years(user, id).stream()
                .map(y -> distribution.stored(user, id, y).orElseThrow()).toList());
        model.addAttribute("kinds", AssemblyKind.values());
        model.addAttribute("forms", AssemblyForm.values());
        model.addAttribute("modes", MeetingMode.values());
        if (!model.containsAttribute("convene")) {
            GovernanceForms.Convene form = new GovernanceForms.Convene();
            form.setScheduledOn(LocalDate.now(clock).plusDays(14));
            model.addAttribute("convene", form);
        }
        return "governance/cooperative";
    }
}
