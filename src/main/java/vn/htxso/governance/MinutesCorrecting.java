package vn.htxso.governance;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.Assemblies;
import vn.htxso.governance.internal.CoopScope;
import vn.htxso.governance.internal.MinutesCorrections;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.registry.OrganisationSummary;

/**
 * Signed minutes are never edited: a mistake found later is corrected by a new record, signed by chair and secretary,
 * that references the minutes, says what it corrects and why, and is shown (and printed) after them.
 */
@Service
@Transactional(readOnly = true)
public class MinutesCorrecting {

    private final Assemblies assemblies;
    private final MinutesCorrections corrections;
    private final CoopScope scope;
    private final AuditLog auditLog;
    private final Clock clock;

    MinutesCorrecting(Assemblies assemblies, MinutesCorrections corrections, CoopScope scope, AuditLog auditLog,
                      Clock clock) {
        this.assemblies = assemblies;
        this.corrections = corrections;
        this.scope = scope;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public MinutesCorrection correct(CurrentUser user, UUID assemblyId, String correction, String reason,
                                     String chair, String secretary) {
        Assembly assembly = assemblies.lock(assemblyId).orElseThrow(() -> new NotFound("assembly"));
        OrganisationSummary org = scope.manageable(user, assembly.organisationId());
        if (!assembly.signed()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.correction.notSigned");
        }
        if (blank(correction) || correction.strip().length() > 8000) {
            throw Convening.invalid("correction", "governance.correction.text");
        }
        if (blank(reason) || reason.strip().length() > 1000) {
            throw Convening.invalid("reason", "governance.correction.reason");
        }
        if (blank(chair) || blank(secretary)) {
            throw Convening.invalid(blank(chair) ? "chairName" : "secretaryName", "governance.minutes.signersRequired");
        }
        if (chair.strip().length() > 200 || secretary.strip().length() > 200) {
            throw Convening.invalid(chair.strip().length() > 200 ? "chairName" : "secretaryName",
                    "governance.api.tooLong");
        }
        if (chair.strip().equalsIgnoreCase(secretary.strip())) {
            throw Convening.invalid("secretaryName", "governance.minutes.twoSigners");
        }
        MinutesCorrection c = new MinutesCorrection(UUID.randomUUID(), assemblyId, correction.strip(), reason.strip(),
                chair.strip(), secretary.strip(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        corrections.insert(c, assembly.organisationId(), user.username());
        auditLog.record(AuditLog.AuditEntry.of("governance.minutes.corrected", "assembly", assemblyId,
                        "correction " + c.id() + " signed by " + c.chairName() + ", " + c.secretaryName())
                .inProvince(org.provinceCode()).ofOrganisation(assembly.organisationId()));
        return c;
    }

    public List<MinutesCorrection> of(CurrentUser user, UUID assemblyId) {
        Assembly assembly = assemblies.find(assemblyId).orElseThrow(() -> new NotFound("assembly"));
        scope.readable(user, assembly.organisationId());
        return corrections.of(assemblyId);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
