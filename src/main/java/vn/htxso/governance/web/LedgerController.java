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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.governance.Direction;
import vn.htxso.governance.IncomeDistribution;
import vn.htxso.governance.Ledger;
import vn.htxso.governance.Monitoring;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.FormSubmission;

/**
 * The ledger page (a year's transactions, the internal ratio, a new transaction) and the income distribution page
 * (a preview of the split, then a confirmation that stores it). The manager writes; members and alliances read.
 */
@Controller
class LedgerController {

    private final Ledger ledger;
    private final IncomeDistribution distribution;
    private final Monitoring monitoring;
    private final Clock clock;

    LedgerController(Ledger ledger, IncomeDistribution distribution, Monitoring monitoring, Clock clock) {
        this.ledger = ledger;
        this.distribution = distribution;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @GetMapping("/governance/cooperatives/{id}/transactions")
    String transactions(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer year,
                        Model model) {
        return ledgerPage(user, id, year, model);
    }

    @PostMapping("/governance/cooperatives/{id}/transactions")
    String add(CurrentUser user, @PathVariable UUID id,
               @Valid @ModelAttribute("transaction") LedgerForms.Transaction form, BindingResult result, Model model,
               HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> ledgerPage(user, id, null, model))
                .submit(() -> {
                    ledger.add(user, id, new Ledger.NewTransaction(form.getOccurredOn(), form.getDirection(),
                            form.getMemberId(), form.getAmountVnd(), form.getDescription()));
                    flash.addFlashAttribute("flash", "governance.flash.transactionAdded");
                    return "redirect:/governance/cooperatives/" + id + "/transactions?year="
                            + form.getOccurredOn().getYear();
                });
    }

    @GetMapping("/governance/cooperatives/{id}/distribution")
    String distribution(CurrentUser user, @PathVariable UUID id, Model model) {
        return distributionPage(user, id, model);
    }

    @PostMapping("/governance/cooperatives/{id}/distribution/preview")
    String preview(CurrentUser user, @PathVariable UUID id,
                   @Valid @ModelAttribute("distribution") LedgerForms.Distribution form, BindingResult result,
                   Model model, HttpServletResponse response) {
        return FormSubmission.of(result, response)
                .onFailure(() -> distributionPage(user, id, model))
                .submit(() -> {
                    model.addAttribute("plan", distribution.distribute(user, id, form.getYear(),
                            form.getDistributableIncomeVnd(), true));
                    return distributionPage(user, id, model);
                });
    }

    @PostMapping("/governance/cooperatives/{id}/distribution")
    String confirm(CurrentUser user, @PathVariable UUID id,
                   @Valid @ModelAttribute("distribution") LedgerForms.Distribution form, BindingResult result,
                   Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> distributionPage(user, id, model))
                .submit(() -> {
                    distribution.distribute(user, id, form.getYear(), form.getDistributableIncomeVnd(), false);
                    flash.addFlashAttribute("flash", "governance.flash.distributed");
                    flash.addFlashAttribute("flashArgs", new Object[] {form.getYear()});
                    return "redirect:/governance/cooperatives/" + id + "/distribution";
                });
    }

    private String ledgerPage(CurrentUser user, UUID id, Integer year, Model model) {
        int today = LocalDate.now(clock).getYear();
        int shown = year == null || year < 1990 || year > today ? today : year;
        model.addAttribute("org", monitoring.summary(user, id).organisation());
        model.addAttribute("manager", user.manages(id));
        model.addAttribute("year", shown);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(today - 4, today).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("figures", ledger.figures(user, id, shown));
        model.addAttribute("entries", ledger.of(user, id, shown));
        model.addAttribute("directions", Direction.values());
        java.util.List<vn.htxso.registry.RegisteredMember> officials = ledger.officialMembers(user, id);
        model.addAttribute("officials", officials);
        model.addAttribute("names", officials.stream().collect(java.util.stream.Collectors.toMap(
                vn.htxso.registry.RegisteredMember::id, vn.htxso.registry.RegisteredMember::name)));
        if (!model.containsAttribute("transaction")) {
            LedgerForms.Transaction form = new LedgerForms.Transaction();
            form.setOccurredOn(LocalDate.now(clock));
            model.addAttribute("transaction", form);
        }
        return "governance/ledger";
    }

    private String distributionPage(CurrentUser user, UUID id, Model model) {
        if (!user.manages(id)) {
            monitoring.summary(user, id); // 404 outside the scope before 403
            throw new Forbidden();
        }
        model.addAttribute("org", monitoring.summary(user, id).organisation());
        model.addAttribute("stored", distribution.years(user, id).stream()
                .map(y -> distribution.stored(user, id, y).orElseThrow()).toList());
        if (!model.containsAttribute("distribution")) {
            LedgerForms.Distribution form = new LedgerForms.Distribution();
            form.setYear(LocalDate.now(clock).getYear() - 1);
            model.addAttribute("distribution", form);
        }
        return "governance/distribution";
    }
}
