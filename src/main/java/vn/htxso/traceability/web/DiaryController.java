package vn.htxso.traceability.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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

import vn.htxso.platform.Downloads;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.Role;
import vn.htxso.traceability.FarmDiary;
import vn.htxso.traceability.InputType;
import vn.htxso.traceability.LogKind;
import vn.htxso.traceability.Standard;
import vn.htxso.traceability.Traceability;
import vn.htxso.traceability.Unit;
import vn.htxso.traceability.DiaryLog;
import vn.htxso.traceability.Plot;
import vn.htxso.traceability.LogAttachment;

/** The co-op's traceability home, its plots and the farm diary (phone first). */
@Controller
class DiaryController {

    private final FarmDiary diary;
    private final Traceability traceability;
    private final PhotoReader photos;
    private final Clock clock;

    DiaryController(FarmDiary diary, Traceability traceability, PhotoReader photos, Clock clock) {
        this.diary = diary;
        this.traceability = traceability;
        this.photos = photos;
        this.clock = clock;
    }

    @GetMapping("/trace")
    String home(CurrentUser user, Model model) {
        if (user == null || user.organisationId() == null
                || !(user.has(Role.COOP_MANAGER) || user.has(Role.MEMBER_SELLER))) {
            return "traceability/outsider";
        }
        model.addAttribute("plots", diary.plots(user));
        model.addAttribute("logs", diary.recent(user, 10));
        model.addAttribute("lots", traceability.lots(user));
        model.addAttribute("manager", user.has(Role.COOP_MANAGER));
        return "traceability/home";
    }

    @GetMapping("/trace/plots/new")
    String newPlot(CurrentUser user, Model model) {
        if (user == null || user.organisationId() == null || !user.manages(user.organisationId())) {
            throw new Forbidden();
        }
        PlotForm form = new PlotForm();
        form.setStandard(Standard.VIETGAP);
        model.addAttribute("form", form);
        return plotForm(model);
    }

    @PostMapping("/trace/plots")
    String createPlot(CurrentUser user, @ModelAttribute("form") PlotForm form, BindingResult result, Model model,
                      HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> plotForm(model))
                .submit(() -> {
                    Plot plot = diary.createPlot(user, form.toNewPlot());
                    flash.addFlashAttribute("flash", "traceability.plot.created");
                    return "redirect:/trace/plots/" + plot.id();
                });
    }

    private String plotForm(Model model) {
        model.addAttribute("standards", Standard.values());
        return "traceability/plot-form";
    }

    @GetMapping("/trace/plots/{id}")
    String plot(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("plot", diary.plot(user, id));
        model.addAttribute("logs", diary.logsOfPlot(user, id));
        return "traceability/plot";
    }

    /** The quick entry: the member's previous log of this kind fills the form (today's date). */
    @GetMapping("/trace/diary/new")
    String newLog(CurrentUser user, @RequestParam(defaultValue = "ACTIVITY") LogKind kind,
                  @RequestParam(required = false) UUID plot, @RequestParam(required = false) UUID corrects,
                  Model model) {
        LocalDate today = LocalDate.now(clock);
        LogForm form;
        DiaryLog corrected = corrects == null ? null : diary.log(user, corrects);
        if (corrected != null) {
            form = LogForm.from(corrected, today, true);
            form.setCorrectsLogId(corrected.id());
            if (corrected.kind() == LogKind.HARVEST) {
                form.setKind(LogKind.OBSERVATION);
            }
        } else {
            DiaryLog last = diary.lastOf(user, kind).orElse(null);
            form = last == null ? new LogForm() : LogForm.from(last, today, false);
            form.setKind(kind);
            form.setDate(today);
            model.addAttribute("prefilledFrom", last);
        }
        if (plot != null) {
            form.setPlotId(diary.plot(user, plot).id());
        }
        model.addAttribute("form", form);
        // the quick entry is the installable, offline part of the diary (manifest and service worker in /trace/)
        model.addAttribute("webManifest", "/trace/manifest.json");
        return logForm(user, model, corrected);
    }

    @PostMapping("/trace/diary")
    String record(CurrentUser user, @ModelAttribute("form") LogForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes flash) throws IOException {
        return FormSubmission.of(result, response)
                .onFailure(() -> logForm(user, model,
                        form.getCorrectsLogId() == null ? null : diary.log(user, form.getCorrectsLogId())))
                .submit(() -> {
                    // access before the upload is read: a file the user may not store is never decoded
                    diary.requireWriter(user, form.getPlotId());
                    FarmDiary.Recorded recorded = diary.record(user, form.toEntry(photos), form.isRepeatConfirmed());
                    if (recorded.log().kind() == LogKind.HARVEST) {
                        flash.addFlashAttribute("flash", recorded.phiFlagged() ? "traceability.harvest.flagged"
                                : "traceability.harvest.recorded");
                        return "redirect:/trace/lots/" + recorded.lotId();
                    }
                    flash.addFlashAttribute("flash", "traceability.log.recorded");
                    return "redirect:/trace";
                });
    }

    @GetMapping("/trace/logs/{id}")
    String log(CurrentUser user, @PathVariable UUID id, Model model) {
        DiaryLog log = diary.log(user, id);
        model.addAttribute("form", LogForm.from(log, log.logDate(), true));
        return logPage(user, log, model);
    }

    /** Edits a log; once a published lot uses it, 409 with the reason (write a correction instead). */
    @PostMapping("/trace/logs/{id}")
    String edit(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") LogForm form, BindingResult result,
                Model model, HttpServletResponse response, RedirectAttributes flash) throws IOException {
        DiaryLog log = diary.log(user, id);
        return FormSubmission.of(result, response)
                .onFailure(() -> logPage(user, log, model))
                .submit(() -> {
                    diary.edit(user, id, form.toEntry(photos));
                    flash.addFlashAttribute("flash", "traceability.log.edited");
                    return "redirect:/trace/logs/" + id;
                });
    }

    @GetMapping("/trace/files/{id}")
    ResponseEntity<byte[]> file(CurrentUser user, @PathVariable UUID id) {
        LogAttachment file = diary.attachment(user, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Cache-Control", "private, max-age=86400")
                .header("Content-Disposition", file.image() ? Downloads.inline(file.fileName())
                        : Downloads.attachment(file.fileName()))
                .body(file.content());
    }

    private String logPage(CurrentUser user, DiaryLog log, Model model) {
        model.addAttribute("log", log);
        model.addAttribute("plot", diary.plot(user, log.plotId()));
        model.addAttribute("frozen", diary.frozen(log.id()));
        model.addAttribute("corrections", diary.corrections(log.id()));
        model.addAttribute("attachments", diary.attachments(log.id()));
        model.addAttribute("corrected", log.correctsLogId() == null ? null : diary.log(user, log.correctsLogId()));
        common(user, model);
        return "traceability/log";
    }

    private String logForm(CurrentUser user, Model model, DiaryLog corrected) {
        model.addAttribute("corrected", corrected);
        common(user, model);
        return "traceability/log-form";
    }

    private void common(CurrentUser user, Model model) {
        model.addAttribute("plots", diary.plots(user));
        model.addAttribute("kinds", LogKind.values());
        model.addAttribute("inputTypes", InputType.values());
        model.addAttribute("units", Arrays.stream(Unit.values()).toList());
        model.addAttribute("lots", traceability.lots(user));
    }
}
