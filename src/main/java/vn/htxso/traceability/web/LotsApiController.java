package vn.htxso.traceability.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.platform.CurrentUser;
import vn.htxso.traceability.FarmDiary;
import vn.htxso.traceability.InputType;
import vn.htxso.traceability.LogEntry;
import vn.htxso.traceability.LogKind;
import vn.htxso.traceability.TraceDocuments;
import vn.htxso.traceability.Traceability;
import vn.htxso.traceability.Unit;

/** Lots, their EPCIS documents, partner imports and the diary, for apps and partners. */
@RestController
@RequestMapping("/api/v1")
class LotsApiController {

    static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");

    private final Traceability traceability;
    private final TraceDocuments documents;
    private final FarmDiary diary;

    LotsApiController(Traceability traceability, TraceDocuments documents, FarmDiary diary) {
        this.traceability = traceability;
        this.documents = documents;
        this.diary = diary;
    }

    @GetMapping("/lots")
    List<Traceability.LotRow> lots(CurrentUser user) {
        return traceability.lotRows(user);
    }

    /** The lot's EPCIS 2.0 document, JSON-LD; as {@code application/json} when the client asks for that. */
    @GetMapping(value = "/lots/{gtin}/{lot}/events", produces = {"application/ld+json", "application/json"})
    ResponseEntity<String> events(@PathVariable String gtin, @PathVariable String lot, CurrentUser user,
                                  @RequestHeader(name = "Accept", defaultValue = "*/*") String accept) {
        MediaType type = accept.contains("application/json") && !accept.contains("ld+json")
                ? MediaType.APPLICATION_JSON : LD_JSON;
        return ResponseEntity.ok().contentType(type).body(documents.document(gtin, lot, user));
    }

    /** Imports a partner's EPCIS 2.0 JSON-LD document; 400 problem+json with the schema's findings if invalid. */
    @PostMapping(value = "/epcis/documents", consumes = {"application/ld+json", "application/json"})
    TraceDocuments.ImportResult importDocument(@RequestBody byte[] body, CurrentUser user) {
        return documents.importDocument(user, body);
    }

    record LogRequest(@NotNull(message = "{traceability.log.plot.required}") UUID plotId,
                      @NotNull(message = "{traceability.log.kind.required}") LogKind kind,
                      @NotNull(message = "{traceability.log.date.invalid}") LocalDate date,
                      @Size(max = 200) String activity, InputType inputType, @Size(max = 160) String product,
                      @Size(max = 160) String activeIngredient, @Size(max = 80) String dose, Integer phiDays,
                      BigDecimal quantity, Unit unit, @Size(max = 160) String labName,
                      @Size(max = 500) String labResult, Boolean labPassed, @Size(max = 1000) String notes,
                      @Size(max = 160) String harvestProduct, UUID lotId, UUID correctsLogId) {

        LogEntry entry() {
            return new LogEntry(plotId, kind, date, activity, inputType, product, activeIngredient, dose, phiDays,
                    quantity, unit, labName, labResult, labPassed, notes, harvestProduct, lotId, correctsLogId, null);
        }
    }

    record LogResponse(UUID id, LogKind kind, LocalDate date, UUID lotId, boolean phiFlagged) {
    }

    @PostMapping("/diary/logs")
    ResponseEntity<LogResponse> record(@Valid @RequestBody LogRequest request, CurrentUser user,
                                       @RequestParam(defaultValue = "false") boolean repeatConfirmed) {
        FarmDiary.Recorded recorded = diary.record(user, request.entry(), repeatConfirmed);
        return ResponseEntity.created(URI.create("/api/v1/diary/logs/" + recorded.log().id()))
                .body(new LogResponse(recorded.log().id(), recorded.log().kind(), recorded.log().logDate(),
                        recorded.lotId(), recorded.phiFlagged()));
    }

    /** Edits a log; 409 once a published lot uses it. */
    @PutMapping("/diary/logs/{id}")
    LogResponse edit(@PathVariable UUID id, @Valid @RequestBody LogRequest request, CurrentUser user) {
        var log = diary.edit(user, id, request.entry());
        return new LogResponse(log.id(), log.kind(), log.logDate(), log.lotId(), false);
    }
}
