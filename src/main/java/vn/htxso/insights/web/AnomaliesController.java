package vn.htxso.insights.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.insights.Anomalies;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;

/** The province page of anomaly flags: an officer marks a flag "checked, correct" or opens the organisation. */
@Controller
class AnomaliesController {

    private final Anomalies anomalies;

    AnomaliesController(Anomalies anomalies) {
        this.anomalies = anomalies;
    }

    @GetMapping("/insights/anomalies")
    String page(CurrentUser user, @RequestParam(required = false) String province,
                @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("form", new CheckForm(null, null, null, null));
        return show(user, province, year, model);
    }

    @PostMapping("/insights/anomalies/checked")
    String checked(CurrentUser user, @Valid @ModelAttribute("form") CheckForm form, BindingResult result, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> show(user, form.province(), form.year(), model))
                .submit(() -> {
                    var flag = anomalies.markChecked(user, form.province(), form.year(), form.organisationId(),
                            form.rule());
                    flash.addFlashAttribute("flash", "insights.anomalies.checkedFlash");
                    flash.addFlashAttribute("flashArgs", new Object[] {flag.registrationNo()});
                    return "redirect:/insights/anomalies?province=" + flag.provinceCode() + "&year=" + flag.year();
                });
    }

    private String show(CurrentUser user, String province, Integer year, Model model) {
        model.addAttribute("result", anomalies.flags(user, province, year));
        return "insights/anomalies";
    }

    record CheckForm(@NotNull UUID organisationId, @NotNull @Min(1990) @Max(2100) Integer year,
                     @NotBlank @Pattern(regexp = "[A-Z_]{1,60}") String rule,
                     @Pattern(regexp = "\\d{2}") String province) {
    }
}
