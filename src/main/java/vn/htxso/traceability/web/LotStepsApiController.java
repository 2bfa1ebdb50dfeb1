package vn.htxso.traceability.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.platform.CurrentUser;
import vn.htxso.traceability.Lot;
import vn.htxso.traceability.LotMovements;
import vn.htxso.traceability.LotPublishing;
import vn.htxso.traceability.LotSteps;
import vn.htxso.traceability.Traceability;
import vn.htxso.traceability.Unit;

/**
 * The steps after the harvest, for apps (the pages have them already): processing, packing into a carton, shipping
 * and receiving, publishing; and the co-op's lots a page at a time. A lot is addressed by its GS1 key, as in
 * {@code /api/v1/lots/{gtin}/{lot}/events}; another co-op's lot answers 404.
 */
@RestController
@RequestMapping("/api/v1")
class LotStepsApiController {

    private final Traceability traceability;
    private final LotSteps steps;
    private final LotPublishing publishing;
    private final LotMovements movements;

    LotStepsApiController(Traceability traceability, LotSteps steps, LotPublishing publishing,
                          LotMovements movements) {
        this.movements = movements;
        this.traceability = traceability;
        this.steps = steps;
        this.publishing = publishing;
    }

    /**
     * The co-op's lots. With {@code page} or {@code size}: a page {@code {items, total}} (size 20 by default, at most
     * 100); without them the whole list, as API.md promises {@code GET /api/v1/lots}.
     */
    @GetMapping(value = "/lots", params = {"page"})
    Traceability.LotPage page(CurrentUser user, @RequestParam int page,
                              @RequestParam(defaultValue = "20") int size) {
        return traceability.lotRows(user, Math.max(page, 0), Math.min(Math.max(size, 1), 100));
    }

    @GetMapping(value = "/lots", params = {"size", "!page"})
    Traceability.LotPage firstPage(CurrentUser user, @RequestParam int size) {
        return page(user, 0, size);
    }

    record LotRef(@NotBlank(message = "{traceability.api.lot.required}") String gtin,
                  @NotBlank(message = "{traceability.api.lot.required}") String lot,
                  @NotNull(message = "{traceability.api.quantity.required}")
                  @DecimalMin(value = "0", inclusive = false, message = "{traceability.api.quantity.required}")
                  BigDecimal quantity) {
    }

    record OutputRequest(@NotBlank(message = "{traceability.api.productName.required}") @Size(max = 160) String productName,
                         @NotNull(message = "{traceability.api.quantity.required}")
                         @DecimalMin(value = "0", inclusive = false, message = "{traceability.api.quantity.required}")
                         BigDecimal quantity,
                         @NotNull(message = "{traceability.log.unit.required}") Unit unit) {
    }

    record ProcessingRequest(@NotNull(message = "{traceability.log.date.invalid}") LocalDate date,
                             @NotEmpty(message = "{traceability.api.inputs.required}") List<@Valid LotRef> inputs,
                             @NotEmpty(message = "{traceability.api.outputs.required}") List<@Valid OutputRequest> outputs,
                             @Size(max = 500) String reason) {
    }

    record LotKeyAnswer(String gtin, String lot, BigDecimal quantity, BigDecimal remaining, Unit unit,
                        Instant publishedAt, String traceUrl) {

        static LotKeyAnswer of(Lot lot) {
            return new LotKeyAnswer(lot.gtin(), lot.lotNumber(), lot.quantity(), lot.remaining(), lot.unit(),
                    lot.publishedAt(), "/01/" + lot.gtin() + "/10/" + lot.lotNumber());
        }
    }

    record ProcessingAnswer(List<LotKeyAnswer> lots) {
    }

    /** Processing (drying, grading, mixing): input lots in, new lots out → 201 with the new lots. */
    @PostMapping("/lots/processing")
    ResponseEntity<ProcessingAnswer> process(@Valid @RequestBody ProcessingRequest request, CurrentUser user) {
        List<LotSteps.Take> inputs = request.inputs().stream()
                .map(ref -> new LotSteps.Take(traceability.ownLot(user, ref.gtin(), ref.lot()).id(), ref.quantity()))
                .toList();
        List<LotSteps.Output> outputs = request.outputs().stream()
                .map(o -> new LotSteps.Output(o.productName().strip(), o.quantity(), o.unit())).toList();
        List<UUID> made = steps.process(user, new LotSteps.ProcessingStep(request.date(), inputs, outputs,
                request.reason()));
        List<LotKeyAnswer> lots = made.stream().map(id -> LotKeyAnswer.of(traceability.ownLot(user, id))).toList();
        LotKeyAnswer first = lots.get(0);
        return ResponseEntity.created(URI.create("/api/v1/lots/" + first.gtin() + "/" + first.lot() + "/events"))
                .body(new ProcessingAnswer(lots));
    }

    record PackingRequest(@NotNull(message = "{traceability.log.date.invalid}") LocalDate date,
                          @NotEmpty(message = "{traceability.api.inputs.required}") List<@Valid LotRef> contents) {
    }

    record CartonAnswer(String sscc) {
    }

    /** Packing lots into a carton (an SSCC) → 201 with the carton's SSCC. */
    @PostMapping("/cartons")
    ResponseEntity<CartonAnswer> pack(@Valid @RequestBody PackingRequest request, CurrentUser user) {
        List<LotSteps.Take> contents = request.contents().stream()
                .map(ref -> new LotSteps.Take(traceability.ownLot(user, ref.gtin(), ref.lot()).id(), ref.quantity()))
                .toList();
        String sscc = steps.pack(user, request.date(), contents);
        return ResponseEntity.status(201).body(new CartonAnswer(sscc));
    }

    record MovementRequest(@NotBlank(message = "{traceability.api.party.required}") @Size(max = 200) String party,
                           @NotNull(message = "{traceability.log.date.invalid}") LocalDate date,
                           @NotNull(message = "{traceability.api.quantity.required}")
                           @DecimalMin(value = "0", inclusive = false, message = "{traceability.api.quantity.required}")
                           BigDecimal quantity) {
    }

    /** Shipping: the quantity leaves the co-op for {@code party} → 201 with the lot as it is now. */
    @PostMapping("/lots/{gtin}/{lot}/shipments")
    ResponseEntity<LotKeyAnswer> ship(@PathVariable String gtin, @PathVariable String lot,
                                      @Valid @RequestBody MovementRequest request, CurrentUser user) {
        Lot own = traceability.ownLot(user, gtin, lot);
        movements.ship(user, own.id(), request.party().strip(), request.date(), request.quantity());
        return ResponseEntity.status(201).body(LotKeyAnswer.of(traceability.ownLot(user, own.id())));
    }

    /** Receiving: the lot comes in from {@code party} → 201 with the lot. */
    @PostMapping("/lots/{gtin}/{lot}/receipts")
    ResponseEntity<LotKeyAnswer> receive(@PathVariable String gtin, @PathVariable String lot,
                                         @Valid @RequestBody MovementRequest request, CurrentUser user) {
        Lot own = traceability.ownLot(user, gtin, lot);
        movements.receive(user, own.id(), request.party().strip(), request.date(), request.quantity());
        return ResponseEntity.status(201).body(LotKeyAnswer.of(traceability.ownLot(user, own.id())));
    }

    /** Publishing: the trace page becomes public and the lot's history is frozen → the lot with its trace URL. */
    @PostMapping("/lots/{gtin}/{lot}/publication")
    LotKeyAnswer publish(@PathVariable String gtin, @PathVariable String lot, CurrentUser user) {
        Lot own = traceability.ownLot(user, gtin, lot);
        publishing.publish(user, own.id());
        return LotKeyAnswer.of(traceability.ownLot(user, own.id()));
    }
}
