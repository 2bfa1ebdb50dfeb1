package vn.htxso.platform;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.htxso.platform.internal.AuditEvents;

/**
 * The append-only audit log: who did what, when, to which record, from which address. Modules call
 * {@link #record} inside the transaction of the change, so a change that rolls back leaves no entry.
 */
@Service
public class AuditLog {

    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records a change by the signed-in user (or "system"). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry entry) {
        String actor = CurrentUsers.current().map(CurrentUser::username).orElse("system");
        write(actor, entry);
    }

    /** Records an event whose actor is known by name only (a failed sign-in). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, AuditEntry entry) {
        write(actor, entry);
    }

    private void write(String actor, AuditEntry entry) {
        events.append(VnTime.now(clock), actor, currentAddress(), entry);
    }

    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /**
     * One audited fact.
     *
     * @param action a dotted verb, e.g. {@code user.created}, {@code registry.organisation.updated}
     * @param subjectType what kind of record, e.g. {@code user}, {@code organisation}
     * @param provinceCode the province it belongs to, so province admins see it
     * @param organisationId the organisation it belongs to, if any
     */
    public record AuditEntry(String action, String subjectType, String subjectId, String provinceCode,
                             UUID organisationId, String details) {

        public static AuditEntry of(String action, String subjectType, Object subjectId, String details) {
            return new AuditEntry(action, subjectType, subjectId == null ? null : subjectId.toString(), null, null,
                    details);
        }

        public AuditEntry inProvince(String province) {
            return new AuditEntry(action, subjectType, subjectId, province, organisationId, details);
        }

        public AuditEntry ofOrganisation(UUID organisation) {
            return new AuditEntry(action, subjectType, subjectId, provinceCode, organisation, details);
        }
    }
}
