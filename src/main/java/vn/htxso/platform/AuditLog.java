package vn.htxso.platform;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log: who did what, when, to which record, from which address. Modules call
 * {@link #record} inside the transaction of the change, so a change that rolls back leaves no entry.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        jdbc.sql("""
                insert into audit_events (occurred_at, actor, address, action, subject_type, subject_id,
                                          province_code, organisation_id, details)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(VnTime.now(clock), truncate(actor, 120),
                        currentAddress(), entry.action(), entry.subjectType(), truncate(entry.subjectId(), 120),
                        entry.provinceCode(), entry.organisationId(), truncate(entry.details(), 2000))
                .update();
    }

    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
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
