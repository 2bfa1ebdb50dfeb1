package vn.htxso.learning;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate was issued (for an attended event or a completed course). */
public record CertificateIssued(String code, UUID userId, EventId eventId, CourseId courseId, LocalDate issuedOn) {
}
