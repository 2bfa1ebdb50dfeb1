package vn.htxso.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.governance.Assembly;
import vn.htxso.governance.Convening;
import vn.htxso.governance.MinutesCorrecting;
import vn.htxso.governance.ResolutionCategory;
import vn.htxso.governance.ResolutionSubject;
import vn.htxso.governance.VoteResults;
import vn.htxso.governance.Voting;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.QrCodes;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.Registry;

/** An assembly: agenda, attendance, resolutions and votes; the manager opens and closes votes and signs minutes. */
@Controller
class AssemblyController {

    private final Convening convening;
    private final Voting voting;
    private final VoteResults results;
    private final Registry registry;
    private final MinutesPdf minutesPdf;
    private final MinutesCorrecting corrections;
    private final Clock clock;
    private final String baseUrl;

    AssemblyController(Convening convening, Voting voting, VoteResults results, Registry registry,
                       MinutesPdf minutesPdf, MinutesCorrecting corrections, Clock clock, Environment environment) {
        this.convening = convening;
        this.voting = voting;
        this.results = results;
        this.registry = registry;
        this.minutesPdf = minutesPdf;
        this.corrections = corrections;
        this.clock = clock;
        this.baseUrl = environment.getProperty("htxso.platform.public-base-url", "http://localhost:8080")
                .replaceAll("/+$", "");
    }

    @GetMapping("/governance/assemblies/{id}")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/governance/assemblies/{id}/votes")
    String openVote(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("vote") GovernanceForms.Vote form,
                    BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response).onFailure(() -> page(user, id, model)).submit(() -> {
            voting.open(user, id, form.getTitle(), form.getCategory(), form.getSubject());
            flash.addFlashAttribute("flash", "governance.flash.voteOpened");
            return "redirect:/governance/assemblies/" + id;
        });
    }

    @PostMapping("/governance/assemblies/{id}/held")
    String held(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("held") GovernanceForms.Held form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response).onFailure(() -> page(user, id, model)).submit(() -> {
            convening.markHeld(user, id, form.getHeldOn());
            flash.addFlashAttribute("flash", "governance.flash.held");
            return "redirect:/governance/assemblies/" + id;
        });
    }

    @PostMapping("/governance/assemblies/{id}/minutes")
    String sign(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("minutes") GovernanceForms.Minutes form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response).onFailure(() -> page(user, id, model)).submit(() -> {
            convening.signMinutes(user, id, form.getChairName(), form.getSecretaryName(), form.getMinutesText());
            flash.addFlashAttribute("flash", "governance.flash.signed");
            return "redirect:/governance/assemblies/" + id;
        });
    }

    @PostMapping("/governance/assemblies/{id}/check-in")
    String checkIn(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("checkIn") GovernanceForms.CheckIn form,
                   BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response).onFailure(() -> page(user, id, model)).submit(() -> {
            convening.checkIn(user, id, form.getCode());
            flash.addFlashAttribute("flash", "governance.flash.checkedIn");
            return "redirect:/governance/assemblies/" + id;
        });
    }

    /** The page the door QR opens: the assembly with its check-in code filled in; one tap checks in. */
    @GetMapping("/governance/assemblies/{id}/check-in")
    String checkInPage(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String code,
                       Model model) {
        GovernanceForms.CheckIn form = new GovernanceForms.CheckIn();
        form.setCode(code == null || code.length() > 12 ? null : code);
        model.addAttribute("checkIn", form);
        return page(user, id, model);
    }

    /** The QR shown at the door (manager only, until the minutes are signed): it opens the check-in page. */
    @GetMapping("/governance/assemblies/{id}/check-in.png")
    ResponseEntity<byte[]> checkInQr(CurrentUser user, @PathVariable UUID id) {
        String code = convening.doorCode(user, id);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(baseUrl + "/governance/assemblies/" + id + "/check-in?code=" + code, 320));
    }

    @PostMapping("/governance/assemblies/{id}/corrections")
    String correct(CurrentUser user, @PathVariable UUID id,
                   @Valid @ModelAttribute("correction") MeetingForms.Correction form, BindingResult result,
                   Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response).onFailure(() -> page(user, id, model)).submit(() -> {
            corrections.correct(user, id, form.getCorrection(), form.getReason(), form.getChairName(),
                    form.getSecretaryName());
            flash.addFlashAttribute("flash", "governance.flash.corrected");
            return "redirect:/governance/assemblies/" + id;
        });
    }

    @GetMapping("/governance/assemblies/{id}/minutes.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable UUID id) {
        Assembly assembly = convening.get(user, id);
        byte[] pdf = minutesPdf.render(assembly, registry.find(new CooperativeId(assembly.organisationId())).orElseThrow(),
                results.ofAssembly(user, id), convening.attendance(user, id), corrections.of(user, id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"bien-ban-dai-hoi-" + id + ".pdf\"")
                .body(pdf);
    }

    private String page(CurrentUser user, UUID id, Model model) {
        Assembly assembly = convening.get(user, id);
        model.addAttribute("assembly", assembly);
        model.addAttribute("org", registry.find(new CooperativeId(assembly.organisationId())).orElseThrow());
        model.addAttribute("manager", user.manages(assembly.organisationId()));
        model.addAttribute("resolutions", results.ofAssembly(user, id));
        model.addAttribute("attendance", convening.attendance(user, id));
        model.addAttribute("corrections", corrections.of(user, id));
        model.addAttribute("categories", ResolutionCategory.values());
        model.addAttribute("subjects", ResolutionSubject.values());
        if (!model.containsAttribute("vote")) {
            model.addAttribute("vote", new GovernanceForms.Vote());
        }
        if (!model.containsAttribute("held")) {
            GovernanceForms.Held held = new GovernanceForms.Held();
            held.setHeldOn(assembly.scheduledOn().isAfter(LocalDate.now(clock)) ? LocalDate.now(clock)
                    : assembly.scheduledOn());
            model.addAttribute("held", held);
        }
        if (!model.containsAttribute("minutes")) {
            model.addAttribute("minutes", new GovernanceForms.Minutes());
        }
        if (!model.containsAttribute("correction")) {
            model.addAttribute("correction", new MeetingForms.Correction());
        }
        if (!model.containsAttribute("checkIn")) {
            model.addAttribute("checkIn", new GovernanceForms.CheckIn());
        }
        return "governance/assembly";
    }
}
