package vn.htxso.traceability;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Registry;
import vn.htxso.traceability.internal.DiaryLogs;
import vn.htxso.traceability.internal.EpcisEvents;
import vn.htxso.traceability.internal.EpcisSchema;
import vn.htxso.traceability.internal.StoredEvents;
import vn.htxso.traceability.internal.Gs1;
import vn.htxso.traceability.internal.Lots;
import vn.htxso.traceability.internal.Plots;
import vn.htxso.traceability.internal.CoopTraceSettings;
import vn.htxso.traceability.internal.StoredEvent;

/**
 * What the outside world sees of a lot: its EPCIS document (with its whole upstream path) and its story for the
 * trace page; and the import of partners' EPCIS documents. Published lots are public; an unpublished one is
 * visible only to its own co-op (as a preview).
 */
@Service
@Transactional(readOnly = true)
public class TraceDocuments {

    private static final Pattern DIGITAL_LINK = Pattern.compile("/01/(\\d{14})/10/([^/?#]+)");
    private static final Pattern LGTIN = Pattern.compile("^urn:epc:class:lgtin:(\\d{6,12})\\.(\\d{1,7})\\.(.+)$");
    private static final int MAX_IMPORT_EVENTS = 5_000;
    private static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

    private final Lots lots;
    private final DiaryLogs logs;
    private final Plots plots;
    private final CoopTraceSettings settings;
    private final StoredEvents events;
    private final EpcisEvents epcis;
    private final EpcisSchema schema;
    private final DigitalLinks links;
    private final Registry registry;
    private final AdminUnits adminUnits;
    private final ObjectProvider<MarketListings> catalog;
    private final AuditLog audit;
    private final Clock clock;

    TraceDocuments(Lots lots, DiaryLogs logs, Plots plots, CoopTraceSettings settings, StoredEvents events, EpcisEvents epcis,
                   EpcisSchema schema, DigitalLinks links, Registry registry, AdminUnits adminUnits,
                   ObjectProvider<MarketListings> catalog, AuditLog audit, Clock clock) {
        this.lots = lots;
        this.logs = logs;
        this.plots = plots;
        this.settings = settings;
        this.events = events;
        this.epcis = epcis;
        this.schema = schema;
        this.links = links;
        this.registry = registry;
        this.adminUnits = adminUnits;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** The result of an import: events stored, events already known, events that named none of our lots. */
    public record ImportResult(int imported, int duplicates, int unmatched) {
    }

    /** The lot's EPCIS 2.0 document (JSON-LD text): its events and those of every lot upstream. */
    public String document(String gtin, String lotNumber, CurrentUser viewer) {
        Lot lot = visibleLot(gtin, lotNumber, viewer);
        List<String> bodies = events.ofLots(lots.upstream(lot.id())).stream().map(StoredEvent::body).toList();
        return epcis.document(bodies, clock.instant());
    }

    public TraceStory story(String gtin, String lotNumber, CurrentUser viewer) {
        Lot lot = visibleLot(gtin, lotNumber, viewer);
        Optional<OrganisationSummary> coop = registry.find(new CooperativeId(lot.organisationId()));
        boolean names = settings.find(lot.organisationId()).map(TraceSettings::publishMemberNames).orElse(false);
        MarketListings.CatalogProduct product = Optional.ofNullable(lot.productId())
                .flatMap(id -> Optional.ofNullable(catalog.getIfAvailable()).flatMap(c -> c.find(id))).orElse(null);
        List<UUID> upstream = lots.upstream(lot.id());
        List<TraceStory.Source> sources = new ArrayList<>();
        for (UUID id : upstream) {
            Lot l = lots.find(id).orElseThrow();
            if (l.origin() != LotOrigin.HARVEST || l.plotId() == null) {
                continue;
            }
            Plot plot = plots.find(l.plotId()).orElseThrow();
            List<TraceStory.Entry> diary = logs.ofLot(l.id()).stream().map(g -> entry(g, names)).toList();
            sources.add(new TraceStory.Source(l.lotNumber(), l.productName(), plot.name(), plot.communeName(),
                    plot.areaM2(), plot.crop(), plot.standard(), l.harvestedOn(),
                    TraceStory.PhiFlag.parse(l.phiWarning()), diary));
        }
        List<TraceStory.Step> path = events.ofLots(upstream).stream().map(this::step).toList();
        return new TraceStory(new LotKey(lot.gtin(), lot.lotNumber()), links.lot(lot.gtin(), lot.lotNumber()),
                product != null ? product.name() : lot.productName(), product == null ? null : product.ocopStars(),
                product == null ? null : product.shopName(), product == null ? null : product.path(),
                coop.map(OrganisationSummary::name).orElse(""), coop.map(OrganisationSummary::communeName).orElse(""),
                coop.map(c -> adminUnits.provinceName(c.provinceCode())).orElse(""), lot.harvestedOn(),
                lot.producedOn(), lot.quantity(), lot.unit(), lot.origin(), lot.published(), lot.stepReason(),
                sources, logs.labTestsOf(upstream).stream().map(g -> entry(g, names)).toList(), path,
                lots.cartonsOf(lot.id()));
    }

    /**
     * Imports a partner's EPCIS 2.0 document (JSON-LD). It must validate against the EPCIS 2.0 JSON schema (400
     * with the schema's findings otherwise). StoredEvents that name one of the co-op's lots (by GS1 Digital Link or
     * {@code urn:epc:class:lgtin}) are stored with that lot; an event already imported is skipped.
     */
    @Transactional
    public ImportResult importDocument(CurrentUser user, byte[] content) {
        UUID coop = Access.coop(user);
        if (content.length > MAX_IMPORT_BYTES) {
            throw new BusinessRuleViolation(HttpStatus.CONTENT_TOO_LARGE, "error.413");
        }
        String text = new String(content, StandardCharsets.UTF_8);
        JsonNode doc;
        try {
            doc = epcis.read(text);
        } catch (JacksonException e) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new FieldProblem("document", "traceability.import.notJson")), "traceability.import.notJson");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (doc == null || !doc.isObject() || !"EPCISDocument".equals(doc.path("type").asString(""))) {
            problems.add(new FieldProblem("type", "traceability.import.notDocument"));
        }
        for (EpcisSchema.Problem p : schema.validate(text)) {
            if (problems.size() >= 50) {
                break;
            }
            problems.add(new FieldProblem(p.path().isEmpty() ? "$" : p.path(), "traceability.import.schema",
                    p.message()));
        }
        JsonNode list = doc == null ? null : doc.path("epcisBody").path("eventList");
        if (problems.isEmpty() && list.size() > MAX_IMPORT_EVENTS) {
            problems.add(new FieldProblem("epcisBody.eventList", "traceability.import.tooMany", MAX_IMPORT_EVENTS));
        }
        if (problems.isEmpty()) {
            checkFits(list, problems);
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, problems, "traceability.import.invalid");
        }
        Instant now = clock.instant();
        // a published lot's story is public and final: a document that adds events to one is refused whole
        for (JsonNode event : list) {
            for (String classId : classIds(event)) {
                Optional<Lot> published = lot(classId).filter(l -> l.organisationId().equals(coop))
                        .filter(Lot::published);
                if (published.isPresent()) {
                    throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.import.publishedLot",
                            published.get().lotNumber());
                }
            }
        }
        int imported = 0;
        int duplicates = 0;
        int unmatched = 0;
        for (JsonNode event : list) {
            Set<UUID> lotIds = new LinkedHashSet<>();
            for (String classId : classIds(event)) {
                lot(classId).filter(l -> l.organisationId().equals(coop)).ifPresent(l -> lotIds.add(l.id()));
            }
            if (lotIds.isEmpty()) {
                unmatched++;
                continue;
            }
            String eventId = event.path("eventID").asString("");
            UUID id = eventId.startsWith("urn:uuid:") ? parseUuid(eventId.substring(9))
                    : UUID.nameUUIDFromBytes((eventId.isEmpty() ? epcis.write(event) : eventId)
                    .getBytes(StandardCharsets.UTF_8));
            if (events.exists(id)) {
                duplicates++;
                continue;
            }
            events.insert(id, coop, event.path("type").asString("Event"), event.path("bizStep").asString(null),
                    OffsetDateTime.parse(event.path("eventTime").asString()).toInstant(), true, epcis.write(event),
                    lotIds, now);
            imported++;
        }
        audit.record(AuditEntry.of("traceability.epcis.imported", "organisation", coop,
                "imported=" + imported + " duplicates=" + duplicates + " unmatched=" + unmatched).ofOrganisation(coop));
        return new ImportResult(imported, duplicates, unmatched);
    }

    /** Earliest event time accepted (EPCIS events of this system's partners are recent). */
    private static final Instant EARLIEST_EVENT = Instant.parse("2000-01-01T00:00:00Z");

    /**
     * What the schema allows but the store does not: event type, business step and body longer than their columns,
     * an event time in year 0000 or far from today. Found before anything is written, so nothing is half-stored.
     */
    private void checkFits(JsonNode list, List<FieldProblem> problems) {
        Instant latest = clock.instant().plus(java.time.Duration.ofDays(1));
        int i = 0;
        for (JsonNode event : list) {
            String at = "/epcisBody/eventList/" + i++;
            if (event.path("type").asString("").length() > 30) {
                problems.add(new FieldProblem(at + "/type", "traceability.import.tooLong", 30));
            }
            if (event.path("bizStep").asString("").length() > 120) {
                problems.add(new FieldProblem(at + "/bizStep", "traceability.import.tooLong", 120));
            }
            if (epcis.write(event).length() > 100_000) {
                problems.add(new FieldProblem(at, "traceability.import.eventTooLarge", 100_000));
            }
            try {
                Instant time = OffsetDateTime.parse(event.path("eventTime").asString("")).toInstant();
                if (time.isBefore(EARLIEST_EVENT) || time.isAfter(latest)) {
                    problems.add(new FieldProblem(at + "/eventTime", "traceability.import.eventTime"));
                }
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(new FieldProblem(at + "/eventTime", "traceability.import.eventTime"));
            }
        }
    }

    private UUID parseUuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Lot visibleLot(String gtin, String lotNumber, CurrentUser viewer) {
        if (!Gs1.isGtin14(gtin) || !Gs1.isLotNumber(lotNumber)) {
            throw new NotFound("lot");
        }
        Lot lot = lots.find(gtin, lotNumber).orElseThrow(() -> new NotFound("lot"));
        if (!lot.published() && (viewer == null || !viewer.belongsTo(lot.organisationId()))) {
            throw new NotFound("lot");
        }
        return lot;
    }

    private TraceStory.Entry entry(DiaryLog g, boolean names) {
        List<TraceStory.Entry> corrections = logs.corrections(g.id()).stream().map(c -> entry(c, names)).toList();
        return new TraceStory.Entry(g.kind(), g.logDate(), g.activity(), g.inputType(), g.product(),
                g.activeIngredient(), g.dose(), g.phiDays(), g.quantity(), g.unit(), g.labName(), g.labResult(),
                g.labPassed(), g.notes(), names ? g.memberName() : null, corrections);
    }

    private TraceStory.Step step(StoredEvent stored) {
        JsonNode event = epcis.read(stored.body());
        String kind = switch (stored.eventType() + "/" + stored.bizStep()) {
            case "ObjectEvent/commissioning" -> "HARVEST";
            case "TransformationEvent/commissioning" -> "PROCESSING";
            case "AggregationEvent/packing" -> "PACKING";
            case "ObjectEvent/shipping" -> "SHIPPING";
            case "ObjectEvent/receiving" -> "RECEIVING";
            default -> "OTHER";
        };
        List<String> named = new ArrayList<>();
        for (String classId : classIds(event)) {
            named.add(lot(classId).map(l -> l.productName() + " · " + l.lotNumber()).orElse(classId));
        }
        String party = event.path("htx:destinationName").asString(event.path("htx:sourceName").asString(null));
        if ("PACKING".equals(kind)) {
            String parent = event.path("parentID").asString("");
            party = parent.contains("/00/") ? parent.substring(parent.lastIndexOf("/00/") + 4) : parent;
        }
        return new TraceStory.Step(kind, VnTime.at(stored.eventTime()).toLocalDate(),
                List.copyOf(new LinkedHashSet<>(named)), party, stored.imported());
    }

    /** The class ids (lots) an event names, in all its quantity lists. */
    private static List<String> classIds(JsonNode event) {
        List<String> ids = new ArrayList<>();
        for (String field : List.of("quantityList", "inputQuantityList", "outputQuantityList", "childQuantityList")) {
            for (JsonNode q : event.path(field)) {
                String id = q.path("epcClass").asString("");
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Our lot named by a GS1 Digital Link URI (any host) or an LGTIN class URN. */
    private Optional<Lot> lot(String classId) {
        Matcher link = DIGITAL_LINK.matcher(classId);
        if (link.find()) {
            String lot = java.net.URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);
            return lots.find(link.group(1), lot);
        }
        Matcher lgtin = LGTIN.matcher(classId);
        if (lgtin.matches()) {
            String prefix = lgtin.group(1);
            String item = lgtin.group(2);
            if (prefix.length() + item.length() != 13) {
                return Optional.empty();
            }
            String body = item.charAt(0) + prefix + item.substring(1);
            return lots.find(body + Gs1.checkDigit(body), lgtin.group(3));
        }
        return Optional.empty();
    }
}
