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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.governance.Choice;
import vn.htxso.governance.VoteResults;
import vn.htxso.governance.Voting;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;

/** A vote on a phone: the member's ballot (changeable until the close, once if secret) and the live count. */
@Controller
class VoteController {

    private final Voting voting;
    private final VoteResults results;

    VoteController(Voting voting, VoteResults results) {
        this.voting = voting;
        this.results = results;
    }

    @GetMapping("/governance/resolutions/{id}")
    String show(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        response.addHeader("Vary", "HX-Request");
        page(user, id, model);
        return htmx != null ? "governance/vote :: live" : "governance/vote";
    }

    @PostMapping("/governance/resolutions/{id}/ballots")
    String cast(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("ballot") GovernanceForms.Ballot form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response).onFailure(() -> page(user, id, model)).submit(() -> {
            boolean changed = voting.cast(user, id, form.getChoice());
            flash.addFlashAttribute("flash", changed ? "governance.flash.ballotChanged" : "governance.flash.ballotCast");
            return "redirect:/governance/resolutions/" + id;
        });
    }

    @PostMapping("/governance/resolutions/{id}/paper")
    String paper(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("paper") GovernanceForms.Paper form,
                 BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response).onFailure(() -> page(user, id, model)).submit(() -> {
            voting.addPaper(user, id, form.getVotesFor(), form.getVotesAgainst(), form.getAbstentions());
            flash.addFlashAttribute("flash", "governance.flash.paperAdded");
            return "redirect:/governance/resolutions/" + id;
        });
    }

    @PostMapping("/governance/resolutions/{id}/close")
    String close(CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        voting.close(user, id);
        flash.addFlashAttribute("flash", "governance.flash.voteClosed");
        return "redirect:/governance/resolutions/" + id;
    }

    private String page(CurrentUser user, UUID id, Model model) {
        VoteResults.LiveVote live = results.live(user, id);
        model.addAttribute("live", live);
        model.addAttribute("r", live.resolution());
        model.addAttribute("manager", user.manages(live.resolution().organisationId()));
        model.addAttribute("choices", Choice.values());
        if (!model.containsAttribute("ballot")) {
            GovernanceForms.Ballot ballot = new GovernanceForms.Ballot();
            ballot.setChoice(live.myChoice().orElse(null));
            model.addAttribute("ballot", ballot);
        }
        if (!model.containsAttribute("paper")) {
            model.addAttribute("paper", new GovernanceForms.Paper());
        }
        return "governance/vote";
    }
}
