package vn.htxso.learning;

import java.time.Instant;

/** What an organiser enters for a new event. */
public record NewEvent(String title, EventKind kind, String programme, String provinceCode, String communeName,
                       String venue, Instant startsAt, Instant endsAt, int capacity, int sessions,
                       int certificateSessions) {
}
