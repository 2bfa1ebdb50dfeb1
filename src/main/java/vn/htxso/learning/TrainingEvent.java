package vn.htxso.learning;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as lists and the API show it.
 *
 * @param registered people registered (not waiting, not cancelled)
 * @param attended people checked in to at least one session
 */
public record TrainingEvent(EventId id, String title, EventKind kind, String programme, String provinceCode,
                            String communeName, String venue, UUID organiserId, String organiserName,
                            Instant startsAt, Instant endsAt, int capacity, int sessions, int certificateSessions,
                            int currentSession, CourseId courseId, int registered, int waiting, int attended) {

    public boolean organisedBy(UUID userId) {
        return userId != null && userId.equals(organiserId);
    }

    public boolean finishedAt(Instant now) {
        return !now.isBefore(endsAt);
    }
}
