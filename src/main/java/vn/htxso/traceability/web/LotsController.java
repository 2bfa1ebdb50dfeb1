package vn.htxso.traceability.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.Downloads;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.Role;
import vn.htxso.traceability.DigitalLinks;
import vn.htxso.traceability.TraceDocuments;
import vn.htxso.traceability.TraceStory;
import vn.htxso.traceability.LotMovements;
import vn.htxso.traceability.LotSteps;
import vn.htxso.traceability.LotPublishing;
import vn.htxso.traceability.Traceability;
import vn.htxso.traceability.Unit;
import vn.htxso.traceability.Lot;
import vn.htxso.traceability.TraceSettings;

/** Lots: the lot page with its QR code, processing, packing, shipping, publishing, import and settings. */
@Controller
class LotsController {

    private final vn.htxso.traceability.LotPhotos lotPhotos;

    private static final int MAX_LABELS = 120;

    private final Traceability traceability;
    private final LotPublishing publishing;
    private final LotSteps steps;
    private final LotMovements movements;
    private final TraceDocuments documents;
    private final DigitalLinks links;
    private final Labels labels;
    private final Clock clock;

    LotsController(Traceability traceability, LotPublishing publishing, LotSteps steps, LotMovements movements, TraceDocuments documents,
                   DigitalLinks links, Labels labels, Clock clock, vn.htxso.traceability.LotPhotos lotPhotos) {
        this.lotPhotos = lotPhotos;
        this.traceability = traceability;
        this.publishing = publishing;
        this.steps = steps;
        this.movements = movements;
        this.documents = documents;
        this.links = links;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/trace/lots/{id}")
    String lot(CurrentUser user, @PathVariable UUID id, Model model) {
        Lot lot = traceability.ownLot(user, id);
        StepForms.MoveForm move = new StepForms.MoveForm();
        move.setDate(LocalDate.now(clock));
        move.setQuantity(lot.quantity());
        model.addAttribute("move", move);
        return lotPage(user, lot, model);
    }

    private String lotPage(CurrentUser user, Lot lot, Model model) {
        TraceStory story = documents.story(lot.gtin(), lot.lotNumber(), user);
        model.addAttribute("lot", lot);
        model.addAttribute("story", story);
        model.addAttribute("link", links.lot(lot.gtin(), lot.lotNumber()));
        model.addAttribute("publicPath", DigitalLinks.path(lot.gtin(), lot.lotNumber()));
        model.addAttribute("shipments", traceability.shipments(user, lot.id()));
        model.addAttribute("neighbours", traceability.neighbours(user, lot.id()));
        model.addAttribute("manager", user.has(Role.COOP_MANAGER));
        model.addAttribute("photoChoices", lotPhotos.choices(user, lot.id()));
        return "traceability/lot";
    }

    @GetMapping("/trace/lots/{id}/qr.png")
    ResponseEntity<byte[]> qr(CurrentUser user, @PathVariable UUID id,
                              @RequestParam(defaultValue = "300") int size) {
        Lot lot = traceability.ownLot(user, id);
        int side = Math.max(120, Math.min(size, 1200));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).header("Cache-Control", "private, max-age=3600")
                .body(labels.png(links.lot(lot.gtin(), lot.lotNumber()), side));
    }

    @GetMapping("/trace/lots/{id}/labels.pdf")
    ResponseEntity<byte[]> labels(CurrentUser user, @PathVariable UUID id,
                                  @RequestParam(defaultValue = "12") int count) {
        Lot lot = traceability.ownLot(user, id);
        TraceStory story = documents.story(lot.gtin(), lot.lotNumber(), user);
        byte[] pdf = labels.sheet(links.lot(lot.gtin(), lot.lotNumber()), story.productName(), story.coopName(),
                lot.gtin(), lot.lotNumber(), Math.max(1, Math.min(count, MAX_LABELS)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", Downloads.attachment("nhan-" + lot.gtin() + "-" + lot.lotNumber()
                        + ".pdf")).body(pdf);
    }

    @PostMapping("/trace/lots/{id}/publish")
    String publish(CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        publishing.publish(user, id);
        flash.addFlashAttribute("flash", "traceability.lot.publishedDone");
        return "redirect:/trace/lots/" + id;
    }

    @PostMapping("/trace/lots/{id}/movements")
    String move(CurrentUser user, @PathVariable UUID id, @ModelAttribute("move") StepForms.MoveForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Lot lot = traceability.ownLot(user, id);
        return FormSubmission.of(result, response)
                .onFailure(() -> lotPage(user, lot, model))
                .submit(() -> {
                    if (form.isShip()) {
                        movements.ship(user, id, form.getParty(), form.getDate(), form.getQuantity());
                        flash.addFlashAttribute("flash", "traceability.lot.shippedDone");
                    } else {
                        movements.receive(user, id, form.getParty(), form.getDate(), form.getQuantity());
                        flash.addFlashAttribute("flash", "traceability.lot.receivedDone");
                    }
                    return "redirect:/trace/lots/" + id;
                });
    }

    @GetMapping("/trace/processing/new")
    String newProcessing(CurrentUser user, @RequestParam(required = false) UUID lot, Model model) {
        model.addAttribute("form", stepForm(user, lot));
        return stepPage(user, model, "traceability/processing");
    }

    @PostMapping("/trace/processing")
    String process(CurrentUser user, @ModelAttribute("form") StepForms.StepForm form, BindingResult result,
                   Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> stepPage(user, model, "traceability/processing"))
                .submit(() -> {
                    List<UUID> made = steps.process(user, form.toStep());
                    flash.addFlashAttribute("flash", "traceability.processing.done");
                    return "redirect:/trace/lots/" + made.get(0);
                });
    }

    @GetMapping("/trace/packing/new")
    String newPacking(CurrentUser user, @RequestParam(required = false) UUID lot, Model model) {
        model.addAttribute("form", stepForm(user, lot));
        return stepPage(user, model, "traceability/packing");
    }

    @PostMapping("/trace/packing")
    String pack(CurrentUser user, @ModelAttribute("form") StepForms.StepForm form, BindingResult result,
                Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> stepPage(user, model, "traceability/packing"))
                .submit(() -> {
                    String sscc = steps.pack(user, form.getDate(), form.takes());
                    flash.addFlashAttribute("flash", "traceability.packing.done");
                    flash.addFlashAttribute("flashArgs", new Object[] {sscc});
                    return "redirect:/trace/lots/" + form.takes().get(0).lotId();
                });
    }

    private StepForms.StepForm stepForm(CurrentUser user, UUID lotId) {
        StepForms.StepForm form = new StepForms.StepForm();
        form.setDate(LocalDate.now(clock));
        if (lotId != null) {
            Lot lot = traceability.ownLot(user, lotId);
            form.getInputs().get(0).setLotId(lot.id());
            form.getInputs().get(0).setQuantity(lot.remaining());
        }
        return form;
    }

    private String stepPage(CurrentUser user, Model model, String view) {
        model.addAttribute("available", traceability.available(user));
        model.addAttribute("units", Unit.values());
        return view;
    }

    @GetMapping("/trace/import")
    String importPage(CurrentUser user) {
        traceability.settings(user);
        return "traceability/import";
    }

    @PostMapping("/trace/import")
    String importDocument(CurrentUser user, @RequestParam(required = false) MultipartFile file, Model model,
                          HttpServletResponse response) throws IOException {
        return FormSubmission.of(model, response)
                .onFailure(() -> "traceability/import")
                .submit(() -> {
                    if (file == null || file.isEmpty()) {
                        throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "traceability.import.noFile");
                    }
                    model.addAttribute("result", documents.importDocument(user, file.getBytes()));
                    return "traceability/import";
                });
    }

    @GetMapping("/trace/settings")
    String settings(CurrentUser user, Model model) {
        TraceSettings settings = traceability.settings(user);
        StepForms.SettingsForm form = new StepForms.SettingsForm();
        form.setCompanyPrefix(settings.gs1Assigned() ? settings.companyPrefix() : "");
        form.setPublishMemberNames(settings.publishMemberNames());
        model.addAttribute("form", form);
        model.addAttribute("settings", settings);
        model.addAttribute("products", traceability.products(user));
        return "traceability/settings";
    }

    @PostMapping("/trace/settings")
    String saveSettings(CurrentUser user, @ModelAttribute("form") StepForms.SettingsForm form, BindingResult result,
                        Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> {
                    model.addAttribute("settings", traceability.settings(user));
                    model.addAttribute("products", traceability.products(user));
                    return "traceability/settings";
                })
                .submit(() -> {
                    traceability.updateSettings(user, form.getCompanyPrefix(), form.isPublishMemberNames());
                    flash.addFlashAttribute("flash", "traceability.settings.saved");
                    return "redirect:/trace/settings";
                });
    }
}
