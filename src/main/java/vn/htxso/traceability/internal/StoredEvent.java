package vn.htxso.traceability.internal;

import java.time.Instant;
import java.util.UUID;

/** An EPCIS event as stored: its JSON-LD body and a few columns to sort and show it. */
public record StoredEvent(UUID id, String eventType, String bizStep, Instant eventTime, boolean imported,
                          String body) {
}
