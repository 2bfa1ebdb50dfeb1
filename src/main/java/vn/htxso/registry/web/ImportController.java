package vn.htxso.registry.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.htxso.platform.Downloads;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.Forbidden;
import vn.htxso.registry.Exports;
import vn.htxso.registry.ImportJobs;
import vn.htxso.registry.ImportColumn;

/**
 * The import page: upload, a background check (dry run) with a progress bar, the preview of every bad cell, and the
 * commit (also in the background). The page polls with htmx and works by reloading without JavaScript.
 */
@Controller
class ImportController {

    private final ImportJobs jobs;
    private final Exports exports;
    private final vn.htxso.registry.ImportFlags flags;

    ImportController(ImportJobs jobs, Exports exports, vn.htxso.registry.ImportFlags flags) {
        this.jobs = jobs;
        this.exports = exports;
        this.flags = flags;
    }

    @GetMapping("/registry/import")
    String form(CurrentUser user, Model model) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        model.addAttribute("columns", ImportColumn.values());
        return "registry/import";
    }

    @GetMapping("/registry/import/template.xlsx")
    void template(CurrentUser user, HttpServletResponse response) throws IOException {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", Downloads.attachment("mau-nhap-htx.xlsx"));
        exports.template(response.getOutputStream());
    }

    @PostMapping("/registry/import")
    String upload(CurrentUser user, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean partial, Model model,
                  HttpServletResponse response) throws IOException {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        return FormSubmission.of(model, response)
                .onFailure(() -> {
                    model.addAttribute("columns", ImportColumn.values());
                    return "registry/import";
                })
                .submit(() -> {
                    if (file == null || file.isEmpty()) {
                        throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                                "registry.import.page.chooseFile");
                    }
                    ImportJobs.Job job = jobs.start(user, file.getOriginalFilename(), file.getSize(),
                            file.getInputStream(), partial);
                    return "redirect:/registry/import/" + job.id();
                });
    }

    @GetMapping("/registry/import/{id}")
    String job(CurrentUser user, @PathVariable UUID id, Model model,
               @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        ImportJobs.Job job = jobs.get(user, id);
        model.addAttribute("job", job);
        // one reading of the job's state for the whole page: the job moves on while the page renders
        ImportJobs.State state = job.state();
        boolean running = state == ImportJobs.State.CHECKING || state == ImportJobs.State.COMMITTING;
        model.addAttribute("running", running);
        model.addAttribute("state", state.name());
        model.addAttribute("flags", state == ImportJobs.State.CHECKED ? flags.of(job) : null);
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (ImportColumn column : ImportColumn.values()) {
            labels.put(column.key(), column.label());
        }
        model.addAttribute("columnLabels", labels);
        response.setHeader("Vary", "HX-Request");
        if (htmx != null) {
            if (!running) {
                response.setHeader("HX-Refresh", "true");
            }
            return "registry/import-job :: progress";
        }
        return "registry/import-job";
    }

    @PostMapping("/registry/import/{id}/commit")
    String commit(CurrentUser user, @PathVariable UUID id) {
        jobs.commit(user, id);
        return "redirect:/registry/import/" + id;
    }
}
