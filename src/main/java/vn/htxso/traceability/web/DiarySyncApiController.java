package vn.htxso.traceability.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.platform.CurrentUser;
import vn.htxso.traceability.DiarySync;
import vn.htxso.traceability.InputType;
import vn.htxso.traceability.LogEntry;
import vn.htxso.traceability.LogKind;
import vn.htxso.traceability.Unit;

/**
 * Where the diary page's offline queue sends its entries when the phone is online again (same session and CSRF
 * cookie as the page). One entry per request; the answer says stored, already stored, or refused with the reasons
 * in the user's language, for the phone to show as a notice. A JSON controller of the page's session (not under
 * {@code /api}: the diary page sends with its session cookie and CSRF token, as its forms do).
 */
@RestController
class DiarySyncApiController {

    private final DiarySync sync;
    private final MessageSource messages;

    DiarySyncApiController(DiarySync sync, MessageSource messages) {
        this.sync = sync;
        this.messages = messages;
    }

    /** A queued entry, as the quick-entry form's fields (blank ones left out by the phone). */
    record QueuedEntry(UUID clientId, UUID plotId, LogKind kind, LocalDate date, String activity,
                       InputType inputType, String product, String activeIngredient, String dose, Integer phiDays,
                       BigDecimal quantity, Unit unit, String labName, String labResult, Boolean labPassed,
                       String notes, String harvestProduct, UUID lotId) {

        LogEntry entry() {
            return new LogEntry(plotId, kind, date, activity, inputType, product, activeIngredient, dose, phiDays,
                    quantity, unit, labName, labResult, labPassed, notes, harvestProduct, lotId, null, null);
        }
    }

    record Answer(UUID clientId, String status, UUID logId, UUID lotId, boolean phiFlagged, String message,
                  List<String> problems) {
    }

    @PostMapping(value = "/trace/diary/sync", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Answer sync(CurrentUser user, @RequestBody QueuedEntry queued, Locale locale) {
        DiarySync.Sent sent = sync.send(user, queued.clientId(), queued.entry());
        String message = switch (sent.status()) {
            case STORED -> messages.getMessage(sent.phiFlagged() ? "traceability.sync.storedFlagged"
                    : "traceability.sync.stored", null, locale);
            case DUPLICATE -> messages.getMessage("traceability.sync.duplicate", null, locale);
            case REFUSED -> messages.getMessage("traceability.sync.refused", null, locale);
        };
        List<String> problems = new ArrayList<>();
        for (DiarySync.Problem p : sent.problems()) {
            problems.add(messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
        }
        return new Answer(sent.clientId(), sent.status().name(), sent.logId(), sent.lotId(), sent.phiFlagged(),
                message, problems);
    }
}
