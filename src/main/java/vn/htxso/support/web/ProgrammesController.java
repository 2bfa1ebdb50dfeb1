package vn.htxso.support.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.assessment.Assessments;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.Forbidden;
import vn.htxso.registry.Sector;
import vn.htxso.support.Programmes;
import vn.htxso.support.Programme;

/** Programmes and their catalogue: everyone with a support role reads; alliance admins create. */
@Controller
class ProgrammesController {

    private final Programmes programmes;
    private final Assessments assessments;
    private final AdminUnits adminUnits;

    ProgrammesController(Programmes programmes, Assessments assessments, AdminUnits adminUnits) {
        this.programmes = programmes;
        this.assessments = assessments;
        this.adminUnits = adminUnits;
    }

    @GetMapping("/support/programmes/{id}")
    String programme(CurrentUser user, @PathVariable UUID id, Model model) {
        if (user == null || !(user.isAdmin() || user.organisationId() != null || user.providerId() != null)) {
            throw new Forbidden();
        }
        Programme programme = programmes.programme(id);
        model.addAttribute("programme", programme);
        model.addAttribute("packages", programmes.packages(id));
        model.addAttribute("dimensions", assessments.currentModel().dimensions());
        model.addAttribute("canApply", user.organisationId() != null
                && user.has(vn.htxso.platform.Role.COOP_MANAGER));
        boolean canEdit = programme.provinceCode() == null ? user.isNationalAdmin() : user.administers(programme.provinceCode());
        model.addAttribute("canEdit", canEdit);
        if (canEdit) {
            model.addAttribute("history", programmes.history(id));
            model.addAttribute("fieldLabels", FIELD_LABELS);
        }
        if (canEdit) {
            model.addAttribute("providers", programmes.providers());
            if (!model.containsAttribute("packageForm")) {
                model.addAttribute("packageForm", new PackageForm());
            }
        }
        return "support/programme";
    }

    @PostMapping("/support/programmes/{id}/packages")
    String addPackage(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("packageForm") PackageForm form,
                      BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> programme(user, id, model))
                .submit(() -> {
                    programmes.addPackage(user, id, form.toNew());
                    flash.addFlashAttribute("flash", "support.package.created");
                    return "redirect:/support/programmes/" + id;
                });
    }

    @GetMapping("/support/programmes/new")
    String newProgramme(CurrentUser user, Model model) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        ProgrammeForm form = new ProgrammeForm();
        form.setProvinceCode(user.isNationalAdmin() ? null : user.provinceCode());
        model.addAttribute("form", form);
        return formPage(user, model);
    }

    @PostMapping("/support/programmes")
    String create(CurrentUser user, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        if (!user.isNationalAdmin()) {
            form.setProvinceCode(user.provinceCode());
        }
        if (form.getMinLevel() > form.getMaxLevel()) {
            result.rejectValue("maxLevel", "support.programme.level.range");
        }
        return FormSubmission.of(result, response)
                .onFailure(() -> formPage(user, model))
                .submit(() -> {
                    UUID id = programmes.create(user, form.toNew());
                    flash.addFlashAttribute("flash", "support.programme.created");
                    return "redirect:/support/programmes/" + id;
                });
    }

    /** The form field a programme edit changed → the words of its label. */
    static final java.util.Map<String, String> FIELD_LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("name", "support.programme.name"),
            java.util.Map.entry("budgetVnd", "support.programme.budget"),
            java.util.Map.entry("startsOn", "support.programme.startsOn"),
            java.util.Map.entry("endsOn", "support.programme.endsOn"),
            java.util.Map.entry("sharePercent", "support.programme.share"),
            java.util.Map.entry("capMicroVnd", "support.programme.capMicro"),
            java.util.Map.entry("capSmallVnd", "support.programme.capSmall"),
            java.util.Map.entry("capMediumVnd", "support.programme.capMedium"),
            java.util.Map.entry("capLargeVnd", "support.programme.capLarge"),
            java.util.Map.entry("sectors", "support.programme.sectors"),
            java.util.Map.entry("minLevel", "support.programme.minLevel"),
            java.util.Map.entry("maxLevel", "support.programme.maxLevel"));

    @GetMapping("/support/programmes/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        Programme programme = editable(user, id);
        model.addAttribute("form", ProgrammeForm.from(programme));
        return editPage(user, programme, model);
    }

    @PostMapping("/support/programmes/{id}")
    String update(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") ProgrammeForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Programme programme = editable(user, id);
        form.setProvinceCode(programme.provinceCode());
        if (form.getMinLevel() > form.getMaxLevel()) {
            result.rejectValue("maxLevel", "support.programme.level.range");
        }
        return FormSubmission.of(result, response)
                .onFailure(() -> editPage(user, programme, model))
                .submit(() -> {
                    boolean changed = !programmes.update(user, id, form.toNew()).isEmpty();
                    flash.addFlashAttribute("flash", changed ? "support.programme.updated"
                            : "support.programme.unchanged");
                    return "redirect:/support/programmes/" + id;
                });
    }

    private Programme editable(CurrentUser user, UUID id) {
        Programme programme = programmes.programme(id);
        if (user == null || !(programme.provinceCode() == null ? user.isNationalAdmin()
                : user.administers(programme.provinceCode()))) {
            throw new Forbidden();
        }
        return programme;
    }

    private String editPage(CurrentUser user, Programme programme, Model model) {
        model.addAttribute("editing", programme);
        return formPage(user, model);
    }

    @PostMapping("/support/providers")
    String addProvider(CurrentUser user, @RequestParam String name, @RequestParam(required = false) String contact,
                       RedirectAttributes flash) {
        if (name == null || name.isBlank() || name.length() > 200 || (contact != null && contact.length() > 200)) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "support.provider.name.required");
        }
        programmes.addProvider(user, name, contact);
        flash.addFlashAttribute("flash", "support.provider.created");
        return "redirect:/support";
    }

    private String formPage(CurrentUser user, Model model) {
        model.addAttribute("provinces", user.isNationalAdmin() ? adminUnits.provinces()
                : adminUnits.province(user.provinceCode()).stream().toList());
        model.addAttribute("sectors", Sector.values());
        return "support/programme-form";
    }
}
