package vn.htxso.traceability;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VietnameseText;
import vn.htxso.traceability.internal.DiaryLogs;
import vn.htxso.traceability.internal.EpcisEvents;
import vn.htxso.traceability.internal.EpcisEvents.Quantity;
import vn.htxso.traceability.internal.StepEvents;
import vn.htxso.traceability.internal.Gs1;
import vn.htxso.traceability.internal.Lots;
import vn.htxso.traceability.internal.QuantityBalance;
import vn.htxso.traceability.internal.CoopTraceSettings;

/**
 * What is made of lots after the harvest: processing turns lots into new lots, packing puts lots into a carton
 * (where a lot went is {@link LotMovements}). Every step is stored as an EPCIS 2.0 event; no quantity comes from
 * nowhere. (A harvest lot is made by {@link FarmDiary} through {@link #harvestLot}.)
 */
@Service
@Transactional
public class LotSteps {

    private static final DateTimeFormatter LOT_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final Traceability queries;
    private final Lots lots;
    private final DiaryLogs logs;
    private final CoopTraceSettings settings;
    private final StepEvents events;
    private final EpcisEvents epcis;
    private final AuditLog audit;
    private final Clock clock;

    LotSteps(Traceability queries, Lots lots, DiaryLogs logs, CoopTraceSettings settings, StepEvents events,
             EpcisEvents epcis, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.lots = lots;
        this.logs = logs;
        this.settings = settings;
        this.events = events;
        this.epcis = epcis;
        this.audit = audit;
        this.clock = clock;
    }

    /** One input of a processing or packing step. */
    public record Take(UUID lotId, BigDecimal quantity) {
    }

    /** One output of a processing step. */
    public record Output(String productName, BigDecimal quantity, Unit unit) {
    }

    public record ProcessingStep(LocalDate date, List<Take> inputs, List<Output> outputs, String reason) {
    }

    /** Called by the diary for a harvest: the lot, its season's logs and its commissioning event. */
    UUID harvestLot(CurrentUser user, Plot plot, DiaryLog harvest, String productName, String phiWarning) {
        Instant now = clock.instant();
        TraceSettings s = settings.of(plot.organisationId(), now);
        settings.lock(plot.organisationId());
        TraceProduct product = product(plot.organisationId(), productName, s, now);
        Lot lot = new Lot(UUID.randomUUID(), plot.organisationId(), product.id(), product.name(), product.gtin(),
                lotNumber(product.gtin(), harvest.logDate()), LotOrigin.HARVEST, plot.id(), harvest.quantity(),
                harvest.quantity(), harvest.unit(), harvest.logDate(), harvest.logDate(), phiWarning, null, null, null);
        lots.insert(lot, now);
        linkSeason(lot, harvest.id());
        UUID eventId = UUID.randomUUID();
        var event = epcis.harvest(eventId, events.timeOf(harvest.logDate()),
                new Quantity(lot.gtin(), lot.lotNumber(), lot.quantity(), lot.unit()),
                EpcisEvents.sgln(s.companyPrefix(), plot.locationRef()), EpcisEvents.sgln(s.companyPrefix(), 0));
        events.store(eventId, lot.organisationId(), event, Set.of(lot.id()), now);
        audit.record(AuditEntry.of("traceability.lot.harvested", "lot", lot.id(),
                lot.gtin() + "/" + lot.lotNumber()).ofOrganisation(lot.organisationId()));
        return lot.id();
    }

    /** Processing: inputs are taken out of their lots, outputs become new lots (no quantity from nowhere). */
    public List<UUID> process(CurrentUser user, ProcessingStep step) {
        UUID coop = Access.managedCoop(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (step.date() == null || step.date().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", "traceability.log.date.invalid"));
        }
        if (step.inputs().isEmpty()) {
            problems.add(new FieldProblem("inputs", "traceability.step.inputs.required"));
        }
        if (step.outputs().isEmpty()) {
            problems.add(new FieldProblem("outputs", "traceability.step.outputs.required"));
        }
        for (int i = 0; i < step.outputs().size(); i++) {
            Output o = step.outputs().get(i);
            if (EntryChecks.blank(o.productName()) || o.productName().length() > 160) {
                problems.add(new FieldProblem("outputs[" + i + "].productName", "traceability.field.required"));
            }
            if (o.unit() == null) {
                problems.add(new FieldProblem("outputs[" + i + "].unit", "traceability.log.unit.required"));
            }
            List<FieldProblem> q = new ArrayList<>();
            EntryChecks.quantity(q, o.quantity());
            int index = i;
            q.forEach(p -> problems.add(new FieldProblem("outputs[" + index + "].quantity", p.messageKey())));
        }
        if (step.reason() != null && step.reason().length() > 300) {
            problems.add(new FieldProblem("reason", "traceability.field.tooLong"));
        }
        Map<UUID, Lot> inputs = takes(user, step.inputs(), problems);
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, problems, "error.422");
        }
        QuantityBalance.Verdict balance = QuantityBalance.check(
                step.inputs().stream().map(t -> new QuantityBalance.Amount(t.quantity(), inputs.get(t.lotId()).unit()))
                        .toList(),
                step.outputs().stream().map(o -> new QuantityBalance.Amount(o.quantity(), o.unit())).toList());
        if (!QuantityBalance.accepts(balance, step.reason())) {
            if (balance.comparable()) {
                throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                        List.of(new FieldProblem("reason", "traceability.balance.gain", balance.outputs(),
                                balance.inputs())), "traceability.balance.gain", balance.outputs(), balance.inputs());
            }
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                    List.of(new FieldProblem("reason", "traceability.balance.units")), "traceability.balance.units");
        }
        Instant now = clock.instant();
        TraceSettings s = settings.of(coop, now);
        settings.lock(coop);
        consume(step.inputs(), inputs);
        LocalDate harvested = inputs.values().stream().map(Lot::harvestedOn).min(LocalDate::compareTo).orElseThrow();
        String reason = EntryChecks.blank(step.reason()) ? null : step.reason().strip();
        List<Lot> outputs = new ArrayList<>();
        for (Output o : step.outputs()) {
            TraceProduct product = product(coop, o.productName().strip(), s, now);
            Lot lot = new Lot(UUID.randomUUID(), coop, product.id(), product.name(), product.gtin(),
                    lotNumber(product.gtin(), step.date()), LotOrigin.PROCESSING, null, o.quantity(), o.quantity(),
                    o.unit(), step.date(), harvested, null, reason, null, null);
            lots.insert(lot, now);
            step.inputs().forEach(t -> lots.addInput(lot.id(), t.lotId(), t.quantity()));
            outputs.add(lot);
        }
        UUID eventId = UUID.randomUUID();
        var event = epcis.transformation(eventId, events.timeOf(step.date()),
                step.inputs().stream().map(t -> quantity(inputs.get(t.lotId()), t.quantity())).toList(),
                outputs.stream().map(l -> quantity(l, l.quantity())).toList(),
                EpcisEvents.sgln(s.companyPrefix(), 0), reason);
        Set<UUID> named = new HashSet<>(inputs.keySet());
        outputs.forEach(l -> named.add(l.id()));
        events.store(eventId, coop, event, named, now);
        audit.record(AuditEntry.of("traceability.lot.processed", "lot", outputs.get(0).id(),
                outputs.size() + " output(s) from " + inputs.size() + " input(s)").ofOrganisation(coop));
        return outputs.stream().map(Lot::id).toList();
    }

    /** Packing: lots (or parts of them) go into a carton identified by an SSCC. Returns the SSCC. */
    public String pack(CurrentUser user, LocalDate date, List<Take> contents) {
        UUID coop = Access.managedCoop(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", "traceability.log.date.invalid"));
        }
        if (contents.isEmpty()) {
            problems.add(new FieldProblem("inputs", "traceability.step.inputs.required"));
        }
        Map<UUID, Lot> packed = takes(user, contents, problems);
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, problems, "error.422");
        }
        Instant now = clock.instant();
        TraceSettings s = settings.of(coop, now);
        String sscc = Gs1.sscc(0, s.companyPrefix(), settings.next(coop, CoopTraceSettings.Counter.SERIAL));
        UUID cartonId = UUID.randomUUID();
        lots.insertCarton(cartonId, coop, sscc, date, now);
        contents.forEach(t -> lots.addToCarton(cartonId, t.lotId(), t.quantity()));
        UUID eventId = UUID.randomUUID();
        var event = epcis.packing(eventId, events.timeOf(date), sscc,
                contents.stream().map(t -> quantity(packed.get(t.lotId()), t.quantity())).toList(),
                EpcisEvents.sgln(s.companyPrefix(), 0));
        events.store(eventId, coop, event, packed.keySet(), now);
        audit.record(AuditEntry.of("traceability.carton.packed", "carton", cartonId, sscc).ofOrganisation(coop));
        return sscc;
    }

    private Map<UUID, Lot> takes(CurrentUser user, List<Take> takes, List<FieldProblem> problems) {
        Map<UUID, Lot> found = new LinkedHashMap<>();
        for (int i = 0; i < takes.size(); i++) {
            Take t = takes.get(i);
            Lot lot = t.lotId() == null ? null : lots.find(t.lotId())
                    .filter(l -> l.organisationId().equals(user.organisationId())).orElse(null);
            if (lot == null || found.containsKey(lot.id())) {
                problems.add(new FieldProblem("inputs[" + i + "].lotId", "traceability.step.lot.invalid"));
                continue;
            }
            found.put(lot.id(), lot);
            List<FieldProblem> q = new ArrayList<>();
            EntryChecks.quantity(q, t.quantity());
            int index = i;
            q.forEach(p -> problems.add(new FieldProblem("inputs[" + index + "].quantity", p.messageKey())));
            if (q.isEmpty() && t.quantity().compareTo(lot.remaining()) > 0) {
                problems.add(new FieldProblem("inputs[" + i + "].quantity", "traceability.step.tooMuch",
                        lot.remaining()));
            }
        }
        return found;
    }

    private void consume(List<Take> takes, Map<UUID, Lot> lotsById) {
        for (Take t : takes) {
            if (!lots.consume(t.lotId(), t.quantity())) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.step.tooMuch",
                        lotsById.get(t.lotId()).remaining());
            }
        }
    }

    void linkSeason(Lot lot, UUID harvestLogId) {
        DiaryLog harvest = logs.find(harvestLogId).orElseThrow();
        LocalDate after = logs.previousHarvest(harvest.plotId(), harvest.logDate(), harvest.id())
                .orElse(harvest.logDate().minusYears(1));
        List<UUID> ids = new ArrayList<>();
        logs.season(harvest.plotId(), after, harvest.logDate()).stream()
                .filter(l -> l.kind() != LogKind.HARVEST || l.id().equals(harvestLogId))
                .filter(l -> l.correctsLogId() == null) // a correction is told with the log it corrects
                .forEach(l -> ids.add(l.id()));
        ids.add(harvestLogId);
        lots.linkLogs(lot.id(), ids);
    }

    private TraceProduct product(UUID coop, String name, TraceSettings s, Instant now) {
        String key = VietnameseText.key(name);
        return lots.product(coop, key).orElseGet(() -> {
            long item = settings.next(coop, CoopTraceSettings.Counter.ITEM);
            if (Long.toString(item).length() > 12 - s.companyPrefix().length()) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.product.noMoreNumbers",
                        s.companyPrefix());
            }
            TraceProduct p = new TraceProduct(UUID.randomUUID(), coop, name, key,
                    Gs1.gtin14(0, s.companyPrefix(), item), null);
            lots.insertProduct(p, now);
            return p;
        });
    }

    private String lotNumber(String gtin, LocalDate date) {
        int n = lots.countOn(gtin, date) + 1;
        String candidate;
        do {
            candidate = LOT_DATE.format(date) + "-" + n++;
        } while (lots.lotNumberTaken(gtin, candidate));
        return candidate;
    }

    private static Quantity quantity(Lot lot, BigDecimal quantity) {
        return new Quantity(lot.gtin(), lot.lotNumber(), quantity, lot.unit());
    }
}
