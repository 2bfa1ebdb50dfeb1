package vn.htxso.learning;

import java.time.Instant;
import java.util.UUID;

/**
 * A person at an event: a signed-in user, or a member entered by their co-op's manager or the organiser.
 *
 * @param personalCode the code of the person's own QR, which the organiser can scan at the door
 * @param sessionsAttended the sessions the person was checked in to
 */
public record Registration(UUID id, EventId eventId, UUID userId, String fullName, UUID organisationId,
                           Boolean woman, Boolean ethnicMinority, String personalCode, Status status,
                           Instant createdAt, int sessionsAttended) {

    public enum Status {
        REGISTERED, WAITING, CANCELLED
    }

    public boolean attended() {
        return sessionsAttended > 0;
    }
}
