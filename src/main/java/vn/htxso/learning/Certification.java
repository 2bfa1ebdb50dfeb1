package vn.htxso.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.learning.internal.CertificateCodes;
import vn.htxso.learning.internal.CertificatePdf;
import vn.htxso.learning.internal.Certificates;
import vn.htxso.learning.internal.HolderNames;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;

/**
 * Certificates: issued once per attendance or completed course with a random code (retried on the rare collision),
 * verified by anyone by code with the holder's name masked, revoked by an admin (the page then says so with the date).
 */
@Service
public class Certification {

    static final int ATTEMPTS = 8;

    private final Certificates certificates;
    private final CertificateCodes codes;
    private final CertificatePdf pdf;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Certification(Certificates certificates, CertificateCodes codes, CertificatePdf pdf, AuditLog auditLog,
                  ApplicationEventPublisher events, Clock clock) {
        this.certificates = certificates;
        this.codes = codes;
        this.pdf = pdf;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Issues the attendance certificate of a registration unless it has one (call under the event's lock). */
    Certificate issueForAttendance(Registration person, TrainingEvent event) {
        return certificates.ofAttendance(person.id(), event.id().value()).orElseGet(() -> issue(person.userId(),
                person.id(), person.fullName(), event.title(), event.organiserName(), event.id(), null));
    }

    /** Issues a course certificate unless the user has one. */
    Certificate issueForCourse(CurrentUser user, CourseSummary course) {
        return certificates.ofCourse(user.id(), course.id().value()).orElseGet(() -> issue(user.id(), null,
                user.displayName(), course.title(), "HTX Số", null, course.id()));
    }

    private Certificate issue(UUID userId, UUID registrationId, String holder, String title, String issuer,
                              EventId event, CourseId course) {
        LocalDate today = LocalDate.now(clock);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Certificate c = new Certificate(UUID.randomUUID(), codes.next(), userId, holder, HolderNames.mask(holder),
                    title, issuer, today, Certificate.Status.VALID, null, event, course);
            if (certificates.insert(c, registrationId, clock.instant())) {
                auditLog.record(AuditEntry.of("learning.certificate.issued", "certificate", c.code(), title));
                events.publishEvent(new CertificateIssued(c.code(), userId, event, course, today));
                return c;
            }
        }
        throw new IllegalStateException("No free certificate code after " + ATTEMPTS + " attempts");
    }

    /** Anyone: the certificate of a code; unknown (or not a possible code) is not found. Revoked ones are found. */
    @Transactional(readOnly = true)
    public Optional<Certificate> verify(String typed) {
        String code = CertificateCodes.normalise(typed);
        return code == null ? Optional.empty() : certificates.byCode(code);
    }

    @Transactional(readOnly = true)
    public List<Certificate> mine(CurrentUser user) {
        if (user == null) {
            throw new Forbidden();
        }
        return certificates.ofUser(user.id());
    }

    /** The PDF of one's own certificate (national admins: any). */
    @Transactional(readOnly = true)
    public byte[] pdf(CurrentUser user, String code, String verifyUrl) {
        Certificate c = verify(code).orElseThrow(() -> new NotFound("certificate"));
        if (user == null || !(user.id().equals(c.userId()) || user.isNationalAdmin())) {
            throw new NotFound("certificate");
        }
        return pdf.render(c, verifyUrl);
    }

    @Transactional
    public void revoke(CurrentUser user, String code) {
        if (user == null || !user.isNationalAdmin()) {
            throw new Forbidden();
        }
        Certificate c = verify(code).orElseThrow(() -> new NotFound("certificate"));
        if (!certificates.revoke(c.code(), LocalDate.now(clock))) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "learning.certificate.alreadyRevoked");
        }
        auditLog.record(AuditEntry.of("learning.certificate.revoked", "certificate", c.code(), c.title()));
    }
}
