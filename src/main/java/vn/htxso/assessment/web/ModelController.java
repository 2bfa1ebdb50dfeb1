package vn.htxso.assessment.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.Downloads;
import vn.htxso.assessment.AssessmentModels;
import vn.htxso.assessment.Assessments;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.Forbidden;

/** A national admin publishes new versions of the HTX-DMI model. */
@Controller
class ModelController {

    private final AssessmentModels models;
    private final Assessments assessments;

    ModelController(AssessmentModels models, Assessments assessments) {
        this.models = models;
        this.assessments = assessments;
    }

    @GetMapping("/admin/assessment-model")
    String page(CurrentUser user, Model model) {
        if (!user.isNationalAdmin()) {
            throw new Forbidden();
        }
        model.addAttribute("versions", models.versions());
        model.addAttribute("current", assessments.currentModel().version());
        return "assessment/model";
    }

    @GetMapping("/admin/assessment-model/{version}.json")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable int version) {
        if (!user.isNationalAdmin()) {
            throw new Forbidden();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("htx-dmi-v" + version + ".json"))
                .body(models.exportJson(version));
    }

    @PostMapping("/admin/assessment-model")
    String publish(CurrentUser user, @RequestParam(required = false) MultipartFile file,
                   @RequestParam(required = false) String note, Model model, HttpServletResponse response,
                   RedirectAttributes flash) throws IOException {
        return FormSubmission.of(model, response)
                .onFailure(() -> page(user, model))
                .submit(() -> {
                    if (file == null || file.isEmpty()) {
                        throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                                "assessment.model.fileRequired");
                    }
                    int version = models.publish(user, file.getBytes(), note);
                    flash.addFlashAttribute("flash", "assessment.model.published");
                    flash.addFlashAttribute("flashArgs", new Object[] {version});
                    return "redirect:/admin/assessment-model";
                });
    }
}
