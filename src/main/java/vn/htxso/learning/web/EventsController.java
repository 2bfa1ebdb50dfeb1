package vn.htxso.learning.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.learning.Attendance;
import vn.htxso.learning.EventId;
import vn.htxso.learning.EventKind;
import vn.htxso.learning.NewsDesk;
import vn.htxso.learning.TrainingCalendar;
import vn.htxso.learning.TrainingEvent;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.Role;

/** An event's public page, registration (self and members), the attendee's check-in with the door code, new events. */
@Controller
class EventsController {

    private final TrainingCalendar calendar;
    private final Attendance attendance;
    private final AdminUnits adminUnits;
    private final NewsDesk news;

    EventsController(TrainingCalendar calendar, Attendance attendance, AdminUnits adminUnits, NewsDesk news) {
        this.calendar = calendar;
        this.attendance = attendance;
        this.adminUnits = adminUnits;
        this.news = news;
    }

    @GetMapping("/learning/events/{id}")
    String event(CurrentUser user, @PathVariable UUID id, Model model) {
        return eventPage(user, new EventId(id), model);
    }

    private String eventPage(CurrentUser user, EventId id, Model model) {
        TrainingEvent event = calendar.event(id);
        model.addAttribute("event", event);
        model.addAttribute("own", calendar.ownRegistration(user, id).orElse(null));
        model.addAttribute("members", calendar.visibleRegistrations(user, id).stream()
                .filter(r -> r.userId() == null).toList());
        model.addAttribute("organiser", user != null && event.organisedBy(user.id()));
        model.addAttribute("news", news.ofEvent(id));
        model.addAttribute("manager", user != null && user.has(Role.COOP_MANAGER) && user.organisationId() != null);
        if (!model.containsAttribute("person")) {
            model.addAttribute("person", new PersonForm());
        }
        return "learning/event";
    }

    @PostMapping("/learning/events/{id}/registrations")
    String register(CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        var r = calendar.register(user, new EventId(id));
        flash.addFlashAttribute("flash", "learning.event.registered." + r.status());
        return "redirect:/learning/events/" + id;
    }

    @PostMapping("/learning/events/{id}/members")
    String registerMember(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("person") PersonForm form,
                          BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> eventPage(user, new EventId(id), model))
                .submit(() -> {
                    var r = calendar.registerMember(user, new EventId(id), form.getFullName(), form.getWoman(),
                            form.getEthnicMinority());
                    flash.addFlashAttribute("flash", "learning.event.registered." + r.status());
                    return "redirect:/learning/events/" + id;
                });
    }

    /** The QR of a person's own code, which the organiser scans at the door (the person or their co-op's manager). */
    @GetMapping("/learning/registrations/{id}/qr.png")
    org.springframework.http.ResponseEntity<byte[]> personalQr(CurrentUser user, @PathVariable UUID id) {
        String code = calendar.personalCode(user, id);
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.IMAGE_PNG)
                .cacheControl(org.springframework.http.CacheControl.noStore()).body(vn.htxso.platform.QrCodes.png(code, 240));
    }

    @PostMapping("/learning/registrations/{id}/cancel")
    String cancel(CurrentUser user, @PathVariable UUID id, @RequestParam UUID eventId, RedirectAttributes flash) {
        calendar.cancel(user, id);
        flash.addFlashAttribute("flash", "learning.event.cancelled");
        return "redirect:/learning/events/" + eventId;
    }

    /** The page the door QR opens: the code is filled in; one tap checks in. */
    @GetMapping("/learning/events/{id}/check-in")
    String checkInPage(@PathVariable UUID id, @RequestParam(required = false) String code, Model model) {
        CheckInForm form = new CheckInForm();
        form.setCode(code);
        model.addAttribute("form", form);
        model.addAttribute("event", calendar.event(new EventId(id)));
        return "learning/check-in";
    }

    @PostMapping("/learning/events/{id}/check-in")
    String checkIn(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") CheckInForm form,
                   BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> {
                    model.addAttribute("event", calendar.event(new EventId(id)));
                    return "learning/check-in";
                })
                .submit(() -> {
                    Attendance.CheckInResult r = attendance.withCode(user, new EventId(id), form.getCode());
                    flash.addFlashAttribute("flash", r.created() ? "learning.checkIn.done" : "learning.checkIn.already");
                    return "redirect:/learning/events/" + id;
                });
    }

    @GetMapping("/learning/events/new")
    String newEvent(CurrentUser user, Model model) {
        requireAdmin(user);
        EventForm form = new EventForm();
        form.setProvinceCode(user.provinceCode());
        model.addAttribute("form", form);
        return formPage(model);
    }

    @PostMapping("/learning/events")
    String create(CurrentUser user, @Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        requireAdmin(user);
        return FormSubmission.of(result, response)
                .onFailure(() -> formPage(model))
                .submit(() -> {
                    EventId id = calendar.create(user, form.toNewEvent());
                    flash.addFlashAttribute("flash", "learning.event.created");
                    return "redirect:/learning/events/" + id + "/organise";
                });
    }

    private String formPage(Model model) {
        model.addAttribute("provinces", adminUnits.provinces());
        model.addAttribute("kinds", EventKind.values());
        return "learning/event-form";
    }

    private static void requireAdmin(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
    }
}
