package vn.htxso.learning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate of a completed course or an attended event. {@code holderName} is the full name: public pages show
 * {@link #maskedHolder()} only.
 */
public record Certificate(UUID id, String code, UUID userId, String holderName, String maskedHolder, String title,
                          String issuer, LocalDate issuedOn, Status status, LocalDate revokedOn, EventId eventId,
                          CourseId courseId) {

    public enum Status {
        VALID, REVOKED
    }

    public String verifyPath() {
        return "/verify/" + code;
    }
}
