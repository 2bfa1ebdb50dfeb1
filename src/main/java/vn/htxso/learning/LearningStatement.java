package vn.htxso.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One xAPI statement, as stored: never changed; a wrong one is voided by a {@link Verb#VOIDED} statement whose
 * {@code objectType} is {@code StatementRef} and {@code objectId} the voided statement's id.
 *
 * @param actorKey the account name of the actor (a user id, or a registration id for a person without an account)
 * @param objectId an activity IRI (for events and courses) or a statement id
 * @param scoreScaled a quiz score between 0 and 1, else {@code null}
 */
public record LearningStatement(UUID id, String actorKey, String actorName, Verb verb, String objectType,
                                String objectId, String objectName, Boolean success, BigDecimal scoreScaled,
                                EventId eventId, CourseId courseId, Instant timestamp, Instant stored) {
}
