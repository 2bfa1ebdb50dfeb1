package vn.htxso.traceability.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ObjectNode;
import vn.htxso.platform.VnTime;

/** Stores the EPCIS event of a lot step (harvest, processing, packing, shipping, receiving) with its lots. */
@Component
public class StepEvents {

    private final StoredEvents events;
    private final EpcisEvents epcis;
    private final Clock clock;

    StepEvents(StoredEvents events, EpcisEvents epcis, Clock clock) {
        this.events = events;
        this.epcis = epcis;
        this.clock = clock;
    }

    /** The event time of a step dated {@code date}: now when it is today, else noon of that day (Vietnam). */
    public OffsetDateTime timeOf(LocalDate date) {
        OffsetDateTime now = VnTime.now(clock);
        return date.equals(now.toLocalDate()) ? now : VnTime.at(date.atTime(12, 0));
    }

    public void store(UUID id, UUID coop, ObjectNode event, Set<UUID> lotIds, Instant now) {
        events.insert(id, coop, event.get("type").asString(), event.path("bizStep").asString(null),
                OffsetDateTime.parse(event.get("eventTime").asString()).toInstant(), false, epcis.write(event),
                lotIds, now);
    }
}
