package vn.htxso.learning.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.learning.MaterialsLibrary;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.FormSubmission;

/**
 * The materials library page: every file with its size, language and licence, and a "Wi-Fi only" mark above 20 MB
 * so a member on 3G knows before tapping; officers add files on the same page.
 */
@Controller
class MaterialsController {

    static final List<String> LANGUAGES = List.of(MaterialForm.LANGUAGES.split("\\|"));

    private final MaterialsLibrary library;

    MaterialsController(MaterialsLibrary library) {
        this.library = library;
    }

    @GetMapping("/learning/materials")
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("form", new MaterialForm());
        return page(user, page, model);
    }

    @PostMapping("/learning/materials")
    String add(CurrentUser user, @Valid @ModelAttribute("form") MaterialForm form, BindingResult result,
               @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
               RedirectAttributes flash) throws IOException {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        return FormSubmission.of(result, response)
                .onFailure(() -> page(user, 0, model))
                .submit(() -> {
                    if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
                        throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                                List.of(new BusinessRuleViolation.FieldProblem("file", "learning.material.noFile")),
                                "learning.material.noFile");
                    }
                    var m = library.add(user, new MaterialsLibrary.NewMaterial(form.getTitle(), form.getLanguage(),
                            form.getLicence(), file.getOriginalFilename(), file.getContentType(), file.getBytes()));
                    flash.addFlashAttribute("flash", "learning.material.added");
                    flash.addFlashAttribute("flashArgs", new Object[] {m.title()});
                    return "redirect:/learning/materials";
                });
    }

    private String page(CurrentUser user, int page, Model model) {
        model.addAttribute("page", library.page(page, 50));
        model.addAttribute("pageNo", Math.max(page, 0));
        model.addAttribute("officer", user != null && user.isAdmin());
        model.addAttribute("languages", LANGUAGES);
        return "learning/materials";
    }
}
