package vn.htxso.traceability;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VietnameseText;
import vn.htxso.traceability.internal.DiaryLog;
import vn.htxso.traceability.internal.DiaryLogs;
import vn.htxso.traceability.internal.EpcisEvents;
import vn.htxso.traceability.internal.EpcisEvents.Quantity;
import vn.htxso.traceability.internal.Events;
import vn.htxso.traceability.internal.Gs1;
import vn.htxso.traceability.internal.Lot;
import vn.htxso.traceability.internal.Lots;
import vn.htxso.traceability.internal.Plot;
import vn.htxso.traceability.internal.QuantityBalance;
import vn.htxso.traceability.internal.Settings;
import vn.htxso.traceability.internal.Shipment;
import vn.htxso.traceability.internal.TraceSettings;

/**
 * Lots and their steps: a harvest creates a lot, processing turns lots into new lots, packing puts lots into a
 * carton, shipping and receiving record where a lot went. Every step is stored as an EPCIS 2.0 event. Publishing a
 * lot makes its trace page public and freezes its history (and that of every lot upstream of it).
 */
@Service
@Transactional
public class Traceability {

    private static final DateTimeFormatter LOT_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final Lots lots;
    private final DiaryLogs logs;
    private final Settings settings;
    private final Events events;
    private final EpcisEvents epcis;
    private final AuditLog audit;
    private final Clock clock;

    Traceability(Lots lots, DiaryLogs logs, Settings settings, Events events, EpcisEvents epcis, AuditLog audit,
                 Clock clock) {
        this.lots = lots;
        this.logs = logs;
        this.settings = settings;
        this.events = events;
        this.epcis = epcis;
        this.audit = audit;
        this.clock = clock;
    }

    /** One row of {@code GET /api/v1/lots}: published lots first, then by production day, newest first. */
    public record LotRow(String gtin, String lot, String productName, LocalDate harvestedOn) {
    }

    /** One input of a processing or packing step. */
    public record Take(UUID lotId, BigDecimal quantity) {
    }

    /** One output of a processing step. */
    public record Output(String productName, BigDecimal quantity, Unit unit) {
    }

    public record ProcessingStep(LocalDate date, List<Take> inputs, List<Output> outputs, String reason) {
    }

    @Transactional(readOnly = true)
    public List<LotRow> lotRows(CurrentUser user) {
        // published lots first (their links work for everyone), then the newest
        return lots.ofOrganisation(Access.coop(user)).stream()
                .sorted(java.util.Comparator.comparing((Lot l) -> !l.published()))
                .map(l -> new LotRow(l.gtin(), l.lotNumber(), l.productName(), l.harvestedOn())).toList();
    }

    @Transactional(readOnly = true)
    public List<Lot> lots(CurrentUser user) {
        return lots.ofOrganisation(Access.coop(user));
    }

    @Transactional(readOnly = true)
    public List<Lot> available(CurrentUser user) {
        return lots.available(Access.managedCoop(user));
    }

    @Transactional(readOnly = true)
    public Lot ownLot(CurrentUser user, UUID id) {
        Lot lot = lots.find(id).orElseThrow(() -> new NotFound("lot"));
        Access.own(user, lot.organisationId(), "lot");
        return lot;
    }

    /** A lot of any co-op by its GS1 key, for the public trace page and for other modules. */
    @Transactional(readOnly = true)
    public Optional<LotKey> find(String gtin, String lotNumber) {
        return lots.find(gtin, lotNumber).map(l -> new LotKey(l.gtin(), l.lotNumber()));
    }

    @Transactional(readOnly = true)
    public TraceSettings settings(CurrentUser user) {
        UUID coop = Access.managedCoop(user);
        return settings.find(coop).orElseGet(() -> new TraceSettings(coop, "", false, false));
    }

    /** A manager sets the co-op's GS1 company prefix (once it has lots, the prefix no longer changes) and privacy. */
    public void updateSettings(CurrentUser user, String companyPrefix, boolean publishMemberNames) {
        UUID coop = Access.managedCoop(user);
        Instant now = clock.instant();
        TraceSettings current = settings.of(coop, now);
        String prefix = companyPrefix == null ? "" : companyPrefix.strip();
        boolean assigned = current.gs1Assigned();
        if (!prefix.isEmpty() && !prefix.equals(current.companyPrefix())) {
            if (!Gs1.isCompanyPrefix(prefix)) {
                throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                        List.of(new FieldProblem("companyPrefix", "traceability.settings.prefix.invalid")),
                        "error.422");
            }
            if (!lots.products(coop).isEmpty()) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.settings.prefix.inUse");
            }
            if (settings.prefixTaken(prefix, coop)) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.settings.prefix.taken");
            }
            assigned = true;
        } else {
            prefix = current.companyPrefix();
        }
        settings.update(coop, prefix, assigned, publishMemberNames, now);
        audit.record(AuditEntry.of("traceability.settings.updated", "organisation", coop,
                "prefix=" + prefix + " publishMemberNames=" + publishMemberNames).ofOrganisation(coop));
    }

    /** Called by the diary for a harvest: the lot, its season's logs and its commissioning event. */
    UUID harvestLot(CurrentUser user, Plot plot, DiaryLog harvest, String productName, String phiWarning) {
        Instant now = clock.instant();
        TraceSettings s = settings.of(plot.organisationId(), now);
        settings.lock(plot.organisationId());
        Lots.TraceProduct product = product(plot.organisationId(), productName, s, now);
        Lot lot = new Lot(UUID.randomUUID(), plot.organisationId(), product.id(), product.name(), product.gtin(),
                lotNumber(product.gtin(), harvest.logDate()), LotOrigin.HARVEST, plot.id(), harvest.quantity(),
                harvest.quantity(), harvest.unit(), harvest.logDate(), harvest.logDate(), phiWarning, null, null, null);
        lots.insert(lot, now);
        linkSeason(lot, harvest.id());
        UUID eventId = UUID.randomUUID();
        var event = epcis.harvest(eventId, eventTime(harvest.logDate()),
                new Quantity(lot.gtin(), lot.lotNumber(), lot.quantity(), lot.unit()),
                EpcisEvents.sgln(s.companyPrefix(), plot.locationRef()), EpcisEvents.sgln(s.companyPrefix(), 0));
        store(eventId, lot.organisationId(), event, Set.of(lot.id()), now);
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
            if (FarmDiary.blank(o.productName()) || o.productName().length() > 160) {
                problems.add(new FieldProblem("outputs[" + i + "].productName", "traceability.field.required"));
            }
            if (o.unit() == null) {
                problems.add(new FieldProblem("outputs[" + i + "].unit", "traceability.log.unit.required"));
            }
            List<FieldProblem> q = new ArrayList<>();
            FarmDiary.quantity(q, o.quantity());
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
        String reason = FarmDiary.blank(step.reason()) ? null : step.reason().strip();
        List<Lot> outputs = new ArrayList<>();
        for (Output o : step.outputs()) {
            Lots.TraceProduct product = product(coop, o.productName().strip(), s, now);
            Lot lot = new Lot(UUID.randomUUID(), coop, product.id(), product.name(), product.gtin(),
                    lotNumber(product.gtin(), step.date()), LotOrigin.PROCESSING, null, o.quantity(), o.quantity(),
                    o.unit(), step.date(), harvested, null, reason, null, null);
            lots.insert(lot, now);
            step.inputs().forEach(t -> lots.addInput(lot.id(), t.lotId(), t.quantity()));
            outputs.add(lot);
        }
        UUID eventId = UUID.randomUUID();
        var event = epcis.transformation(eventId, eventTime(step.date()),
                step.inputs().stream().map(t -> quantity(inputs.get(t.lotId()), t.quantity())).toList(),
                outputs.stream().map(l -> quantity(l, l.quantity())).toList(),
                EpcisEvents.sgln(s.companyPrefix(), 0), reason);
        Set<UUID> named = new HashSet<>(inputs.keySet());
        outputs.forEach(l -> named.add(l.id()));
        store(eventId, coop, event, named, now);
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
        String sscc = Gs1.sscc(0, s.companyPrefix(), settings.next(coop, Settings.Counter.SERIAL));
        UUID cartonId = UUID.randomUUID();
        lots.insertCarton(cartonId, coop, sscc, date, now);
        contents.forEach(t -> lots.addToCarton(cartonId, t.lotId(), t.quantity()));
        UUID eventId = UUID.randomUUID();
        var event = epcis.packing(eventId, eventTime(date), sscc,
                contents.stream().map(t -> quantity(packed.get(t.lotId()), t.quantity())).toList(),
                EpcisEvents.sgln(s.companyPrefix(), 0));
        store(eventId, coop, event, packed.keySet(), now);
        audit.record(AuditEntry.of("traceability.carton.packed", "carton", cartonId, sscc).ofOrganisation(coop));
        return sscc;
    }

    /**
     * Shipping (the quantity leaves the co-op for {@code party}: it is taken out of the lot) or receiving (the lot
     * comes in from {@code party}, e.g. a member's delivery to the co-op's warehouse; the quantity is recorded only).
     */
    public void move(CurrentUser user, UUID lotId, boolean ship, String party, LocalDate date, BigDecimal quantity) {
        Lot lot = ownLot(user, lotId);
        Access.managedCoop(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (FarmDiary.blank(party) || party.strip().length() > 200) {
            problems.add(new FieldProblem("party", "traceability.field.required"));
        }
        if (date == null || date.isAfter(LocalDate.now(clock)) || date.isBefore(lot.producedOn())) {
            problems.add(new FieldProblem("date", "traceability.log.date.invalid"));
        }
        FarmDiary.quantity(problems, quantity);
        if (problems.isEmpty() && ship && quantity.compareTo(lot.remaining()) > 0) {
            problems.add(new FieldProblem("quantity", "traceability.step.tooMuch", lot.remaining()));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, problems, "error.422");
        }
        if (ship && !lots.consume(lot.id(), quantity)) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.step.tooMuch", lot.remaining());
        }
        Instant now = clock.instant();
        TraceSettings s = settings.of(lot.organisationId(), now);
        lots.insertShipment(new Shipment(UUID.randomUUID(), lot.id(), ship ? "SHIP" : "RECEIVE", party.strip(),
                date, quantity), lot.organisationId(), now);
        UUID eventId = UUID.randomUUID();
        var event = epcis.movement(eventId, eventTime(date), ship, quantity(lot, quantity), party.strip(),
                EpcisEvents.sgln(s.companyPrefix(), 0));
        store(eventId, lot.organisationId(), event, Set.of(lot.id()), now);
        audit.record(AuditEntry.of(ship ? "traceability.lot.shipped" : "traceability.lot.received", "lot", lot.id(),
                party.strip()).ofOrganisation(lot.organisationId()));
    }

    /** Publishes a lot: its trace page becomes public; it and every lot upstream are frozen. */
    public void publish(CurrentUser user, UUID lotId) {
        Lot lot = ownLot(user, lotId);
        Access.managedCoop(user);
        if (lot.published()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.lot.alreadyPublished");
        }
        List<UUID> upstream = lots.upstream(lot.id());
        for (UUID id : upstream) {
            Lot l = lots.find(id).orElseThrow();
            if (!l.published() && l.origin() == LotOrigin.HARVEST) {
                logs.ofLot(l.id()).stream().filter(g -> g.kind() == LogKind.HARVEST).findFirst()
                        .ifPresent(h -> linkSeason(l, h.id()));
            }
        }
        lots.publish(new HashSet<>(upstream), clock.instant());
        audit.record(AuditEntry.of("traceability.lot.published", "lot", lot.id(),
                lot.gtin() + "/" + lot.lotNumber()).ofOrganisation(lot.organisationId()));
    }

    /** For the marketplace: the latest published lot of a product, whose trace page buyers may open. */
    @Transactional(readOnly = true)
    public Optional<LotKey> publishedLotOfProduct(UUID marketplaceProductId) {
        return lots.latestPublishedKeyOf(marketplaceProductId).map(k -> new LotKey(k[0], k[1]));
    }

    /** For the marketplace (or a fixture): the product a GTIN is sold as. */
    public void linkProduct(CurrentUser user, String gtin, UUID productId) {
        UUID coop = Access.managedCoop(user);
        Lots.TraceProduct product = lots.productByGtin(gtin).filter(p -> p.organisationId().equals(coop))
                .orElseThrow(() -> new NotFound("product"));
        lots.linkProduct(product.id(), productId);
        audit.record(AuditEntry.of("traceability.product.linked", "product", product.id(), String.valueOf(productId))
                .ofOrganisation(coop));
    }

    /** The published lot a carton (SSCC) holds, for the {@code /00/{sscc}} Digital Link; the first if several. */
    @Transactional(readOnly = true)
    public Optional<LotKey> publishedLotInCarton(String sscc) {
        return lots.lotsInCarton(sscc).stream().map(id -> lots.find(id).orElseThrow()).filter(Lot::published)
                .findFirst().map(l -> new LotKey(l.gtin(), l.lotNumber()));
    }

    @Transactional(readOnly = true)
    public List<Shipment> shipments(CurrentUser user, UUID lotId) {
        return lots.shipments(ownLot(user, lotId).id());
    }

    /** The lots a lot was made from (direct inputs) and the lots made from it. */
    @Transactional(readOnly = true)
    public Neighbours neighbours(CurrentUser user, UUID lotId) {
        Lot lot = ownLot(user, lotId);
        return new Neighbours(lots.inputsOf(lot.id()).stream().map(i -> lots.find(i.lotId()).orElseThrow()).toList(),
                lots.outputsOf(lot.id()).stream().map(id -> lots.find(id).orElseThrow()).toList());
    }

    public record Neighbours(List<Lot> inputs, List<Lot> outputs) {
    }

    @Transactional(readOnly = true)
    public List<Lots.TraceProduct> products(CurrentUser user) {
        return lots.products(Access.coop(user));
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
            FarmDiary.quantity(q, t.quantity());
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

    private void linkSeason(Lot lot, UUID harvestLogId) {
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

    private Lots.TraceProduct product(UUID coop, String name, TraceSettings s, Instant now) {
        String key = VietnameseText.key(name);
        return lots.product(coop, key).orElseGet(() -> {
            long item = settings.next(coop, Settings.Counter.ITEM);
            if (Long.toString(item).length() > 12 - s.companyPrefix().length()) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.product.noMoreNumbers",
                        s.companyPrefix());
            }
            Lots.TraceProduct p = new Lots.TraceProduct(UUID.randomUUID(), coop, name, key,
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

    private OffsetDateTime eventTime(LocalDate date) {
        OffsetDateTime now = clock.instant().atOffset(java.time.ZoneOffset.ofHours(7));
        return date.equals(now.toLocalDate()) ? now : date.atTime(12, 0).atOffset(java.time.ZoneOffset.ofHours(7));
    }

    private static Quantity quantity(Lot lot, BigDecimal quantity) {
        return new Quantity(lot.gtin(), lot.lotNumber(), quantity, lot.unit());
    }

    private void store(UUID id, UUID coop, tools.jackson.databind.node.ObjectNode event, Set<UUID> lotIds,
                       Instant now) {
        events.insert(id, coop, event.get("type").asString(), event.path("bizStep").asString(null),
                OffsetDateTime.parse(event.get("eventTime").asString()).toInstant(), false, epcis.write(event),
                lotIds, now);
    }
}
