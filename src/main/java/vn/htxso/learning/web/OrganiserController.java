package vn.htxso.learning.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.Downloads;
import vn.htxso.learning.Attendance;
import vn.htxso.learning.EventId;
import vn.htxso.learning.LearningRecords;
import vn.htxso.learning.TrainingCalendar;
import vn.htxso.learning.TrainingEvent;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.QrCodes;

/**
 * The organiser's phone at the door: the rotating code and its QR, the list of people to check in by name or
 * personal code (also offline: the page's script queues check-ins and sends them to {@code sync}), walk-ins,
 * sessions, and the event's xAPI export.
 */
@Controller
class OrganiserController {

    private final TrainingCalendar calendar;
    private final Attendance attendance;
    private final LearningRecords records;
    private final String baseUrl;
    private final Clock clock;

    OrganiserController(TrainingCalendar calendar, Attendance attendance, LearningRecords records,
                        Environment environment, Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.attendance = attendance;
        this.records = records;
        this.baseUrl = environment.getProperty("htxso.platform.public-base-url", "http://localhost:8080")
                .replaceAll("/+$", "");
    }

    @GetMapping("/learning/events/{id}/organise")
    String organise(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, new EventId(id), model);
    }

    private String page(CurrentUser user, EventId id, Model model) {
        TrainingEvent event = organisersEvent(user, id);
        model.addAttribute("event", event);
        model.addAttribute("people", calendar.attendees(user, id));
        model.addAttribute("open", !event.finishedAt(clock.instant()) ? code(user, id) : null);
        if (!model.containsAttribute("person")) {
            model.addAttribute("person", new PersonForm());
        }
        return "learning/organise";
    }

    /** The code block alone, which the page refreshes (htmx) a few times per period. */
    @GetMapping("/learning/events/{id}/code")
    String codeFragment(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
        TrainingEvent event = organisersEvent(user, new EventId(id));
        model.addAttribute("event", event);
        model.addAttribute("open", code(user, new EventId(id)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "learning/organise :: code";
    }

    private Attendance.DoorCode code(CurrentUser user, EventId id) {
        return attendance.code(user, id);
    }

    @GetMapping("/learning/events/{id}/code.png")
    ResponseEntity<byte[]> codeQr(CurrentUser user, @PathVariable UUID id) {
        Attendance.DoorCode code = attendance.code(user, new EventId(id));
        String url = baseUrl + "/learning/events/" + id + "/check-in?code=" + code.code();
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(url, 320));
    }

    @PostMapping("/learning/events/{id}/attendance")
    String checkInPerson(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID registrationId,
                         @RequestParam(required = false) String personalCode,
                         @RequestParam(defaultValue = "false") boolean override, RedirectAttributes flash) {
        if (registrationId == null && (personalCode == null || personalCode.isBlank())) {
            throw new BusinessRuleViolation(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "learning.checkIn.unknownPerson");
        }
        Attendance.CheckInResult r = attendance.byOrganiser(user, new EventId(id), registrationId,
                registrationId == null ? personalCode : null, override);
        flash.addFlashAttribute("flash", r.created() ? "learning.checkIn.person" : "learning.checkIn.personAlready");
        flash.addFlashAttribute("flashArgs", new Object[] {r.name()});
        return "redirect:/learning/events/" + id + "/organise";
    }

    /**
     * The organiser's camera at the door: the page scans attendees' personal QR codes (BarcodeDetector where the
     * browser has it) and submits the code; without a camera or JavaScript the code is typed in the same form.
     */
    @GetMapping("/learning/events/{id}/scan")
    String scan(CurrentUser user, @PathVariable UUID id, Model model) {
        return scanPage(user, new EventId(id), model);
    }

    @PostMapping("/learning/events/{id}/scan")
    String scanned(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String personalCode,
                   @RequestParam(defaultValue = "false") boolean override, Model model, HttpServletResponse response,
                   RedirectAttributes flash) {
        organisersEvent(user, new EventId(id));
        return FormSubmission.of(model, response)
                .onFailure(() -> {
                    model.addAttribute("personalCode", personalCode);
                    return scanPage(user, new EventId(id), model);
                })
                .submit(() -> {
                    Attendance.CheckInResult r = attendance.scanned(user, new EventId(id), personalCode, override);
                    flash.addFlashAttribute("flash", r.created() ? "learning.checkIn.person" : "learning.checkIn.personAlready");
                    flash.addFlashAttribute("flashArgs", new Object[] {r.name()});
                    return "redirect:/learning/events/" + id + "/scan";
                });
    }

    private String scanPage(CurrentUser user, EventId id, Model model) {
        model.addAttribute("event", organisersEvent(user, id));
        return "learning/scan";
    }

    @PostMapping("/learning/events/{id}/walk-ins")
    String walkIn(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("person") PersonForm form,
                  BindingResult result, @RequestParam(defaultValue = "false") boolean override, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> page(user, new EventId(id), model))
                .submit(() -> {
                    Attendance.CheckInResult r = attendance.walkIn(user, new EventId(id), form.getFullName(), override);
                    flash.addFlashAttribute("flash", "learning.checkIn.person");
                    flash.addFlashAttribute("flashArgs", new Object[] {r.name()});
                    return "redirect:/learning/events/" + id + "/organise";
                });
    }

    @PostMapping("/learning/events/{id}/session")
    String session(CurrentUser user, @PathVariable UUID id, @RequestParam int session, RedirectAttributes flash) {
        attendance.switchSession(user, new EventId(id), session);
        flash.addFlashAttribute("flash", "learning.organise.sessionSwitched");
        flash.addFlashAttribute("flashArgs", new Object[] {session});
        return "redirect:/learning/events/" + id + "/organise";
    }

    /** Check-ins queued on the organiser's phone while offline (JSON from the page's script). */
    @PostMapping(path = "/learning/events/{id}/sync", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Attendance.SyncResult> sync(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody SyncBody body) {
        return attendance.sync(user, new EventId(id), body.items().stream()
                .map(i -> new Attendance.QueuedCheckIn(i.clientId(), i.registrationId(), i.personalCode(),
                        i.deviceTime())).toList());
    }

    record SyncBody(@NotNull @Size(max = 500) List<@Valid @NotNull Item> items) {
        record Item(@NotNull UUID clientId, UUID registrationId, @Size(max = 16) String personalCode,
                    Instant deviceTime) {
        }
    }

    @GetMapping(path = "/learning/events/{id}/statements.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<List<Map<String, Object>>> statements(CurrentUser user, @PathVariable UUID id) {
        TrainingEvent event = calendar.event(new EventId(id));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                        Downloads.attachment("xapi-" + id + ".json"))
                .body(records.toXapi(records.ofEvent(user, event)));
    }

    private TrainingEvent organisersEvent(CurrentUser user, EventId id) {
        TrainingEvent event = calendar.event(id);
        if (user == null || !event.organisedBy(user.id())) {
            throw new NotFound("event");
        }
        return event;
    }
}
