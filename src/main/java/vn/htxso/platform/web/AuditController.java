package vn.htxso.platform.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.htxso.platform.AuditTrail;
import vn.htxso.platform.CurrentUser;

/** The audit log, filtered by who, which action (from a list) and when, a page at a time, within the admin's scope. */
@Controller
class AuditController {

    private final AuditTrail trail;
    private final MessageSource messages;

    AuditController(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String audit(CurrentUser admin, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String action,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        AuditTrail.Page result = trail.search(admin, new AuditTrail.Filter(actor, action, from, to), page);
        // the list of actions, by their words in the reader's language
        Map<String, String> actions = new LinkedHashMap<>();
        java.text.Collator words = java.text.Collator.getInstance(locale);
        trail.actions(admin).stream()
                .map(code -> Map.entry(code, messages.getMessage("platform.audit.do." + code, null, code, locale)))
                .sorted((a, b) -> words.compare(a.getValue(), b.getValue()))
                .forEach(e -> actions.put(e.getKey(), e.getValue()));
        model.addAttribute("result", result);
        model.addAttribute("actions", actions);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "platform/audit";
    }
}
