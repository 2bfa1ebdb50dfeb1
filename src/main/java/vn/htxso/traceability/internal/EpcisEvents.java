package vn.htxso.traceability.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.htxso.platform.VnTime;
import vn.htxso.traceability.DigitalLinks;
import vn.htxso.traceability.Unit;

/**
 * Writes the EPCIS 2.0 events of each step (JSON-LD, GS1 Digital Link class ids, SGLN places, Vietnam's +07:00)
 * and assembles them into an {@code EPCISDocument}.
 */
@Component
public class EpcisEvents {

    public static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    /** Our own vocabulary for the few facts EPCIS has no field for (a shipment's party, a step's reason). */
    public static final String HTX_VOCABULARY = "https://htxso.vn/voc/";
    static final String OFFSET = "+07:00";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private final DigitalLinks links;
    private final JsonMapper json = JsonMapper.builder().build();

    public EpcisEvents(DigitalLinks links) {
        this.links = links;
    }

    public record Quantity(String gtin, String lot, BigDecimal quantity, Unit unit) {
    }

    /** A place: {@code urn:epc:id:sgln:{prefix}.{location ref}.0}; location 0 is the co-op's own premises. */
    public static String sgln(String companyPrefix, int locationRef) {
        String ref = Integer.toString(locationRef);
        int digits = 12 - companyPrefix.length();
        return "urn:epc:id:sgln:" + companyPrefix + "." + "0".repeat(Math.max(0, digits - ref.length())) + ref + ".0";
    }

    public ObjectNode harvest(UUID id, OffsetDateTime at, Quantity lot, String plotPlace, String coopPlace) {
        ObjectNode event = base("ObjectEvent", id, at);
        event.put("action", "ADD");
        event.put("bizStep", "commissioning");
        event.put("disposition", "active");
        event.set("quantityList", quantities(List.of(lot)));
        place(event, plotPlace, coopPlace);
        return event;
    }

    public ObjectNode transformation(UUID id, OffsetDateTime at, List<Quantity> inputs, List<Quantity> outputs,
                                     String coopPlace, String reason) {
        ObjectNode event = base("TransformationEvent", id, at);
        event.set("inputQuantityList", quantities(inputs));
        event.set("outputQuantityList", quantities(outputs));
        event.put("bizStep", "commissioning");
        event.put("disposition", "active");
        place(event, coopPlace, coopPlace);
        if (reason != null && !reason.isBlank()) {
            event.put("htx:reason", reason);
        }
        return event;
    }

    public ObjectNode packing(UUID id, OffsetDateTime at, String sscc, List<Quantity> children, String coopPlace) {
        ObjectNode event = base("AggregationEvent", id, at);
        event.put("parentID", links.carton(sscc));
        event.set("childQuantityList", quantities(children));
        event.put("action", "ADD");
        event.put("bizStep", "packing");
        event.put("disposition", "in_progress");
        place(event, coopPlace, coopPlace);
        return event;
    }

    /** Shipping ({@code ship = true}) or receiving, with the other party named in our vocabulary. */
    public ObjectNode movement(UUID id, OffsetDateTime at, boolean ship, Quantity lot, String party,
                               String coopPlace) {
        ObjectNode event = base("ObjectEvent", id, at);
        event.put("action", "OBSERVE");
        event.put("bizStep", ship ? "shipping" : "receiving");
        event.put("disposition", ship ? "in_transit" : "in_progress");
        event.set("quantityList", quantities(List.of(lot)));
        place(event, coopPlace, coopPlace);
        event.put(ship ? "htx:destinationName" : "htx:sourceName", party);
        return event;
    }

    /** The EPCIS document of stored events (JSON texts), in the order given. */
    public String document(List<String> eventBodies, Instant now) {
        ObjectNode doc = json.createObjectNode();
        ArrayNode context = doc.putArray("@context");
        context.add(CONTEXT);
        context.addObject().put("htx", HTX_VOCABULARY);
        doc.put("type", "EPCISDocument");
        doc.put("schemaVersion", "2.0");
        doc.put("creationDate", TIME.format(VnTime.at(now)));
        ArrayNode list = doc.putObject("epcisBody").putArray("eventList");
        for (String body : eventBodies) {
            list.add(json.readTree(body));
        }
        return json.writeValueAsString(doc);
    }

    public String write(JsonNode event) {
        return json.writeValueAsString(event);
    }

    public JsonNode read(String text) {
        return json.readTree(text);
    }

    public String classId(String gtin, String lot) {
        return links.lot(gtin, lot);
    }

    private ObjectNode base(String type, UUID id, OffsetDateTime at) {
        ObjectNode event = json.createObjectNode();
        event.put("type", type);
        event.put("eventTime", TIME.format(VnTime.at(at.toInstant())));
        event.put("eventTimeZoneOffset", OFFSET);
        event.put("eventID", "urn:uuid:" + id);
        return event;
    }

    private ArrayNode quantities(List<Quantity> quantities) {
        ArrayNode list = json.createArrayNode();
        for (Quantity q : quantities) {
            ObjectNode element = list.addObject();
            element.put("epcClass", classId(q.gtin(), q.lot()));
            element.put("quantity", q.quantity().doubleValue());
            element.put("uom", q.unit().name());
        }
        return list;
    }

    private static void place(ObjectNode event, String readPoint, String bizLocation) {
        event.putObject("readPoint").put("id", readPoint);
        event.putObject("bizLocation").put("id", bizLocation);
    }
}
