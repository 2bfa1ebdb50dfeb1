package vn.htxso.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.CoopScope;
import vn.htxso.governance.internal.GovernanceRules;
import vn.htxso.governance.internal.Officers;
import vn.htxso.governance.internal.Resolutions;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.registry.OrganisationSummary;

/**
 * Officers and their terms (Art. 62-72): each is elected by a passed election resolution of the co-op, for a term of
 * at most the charter's (and the law's) years; a board has at most the law's largest size (its smallest size is
 * watched as an alert, since members are added one at a time).
 */
@Service
@Transactional(readOnly = true)
public class OfficerElections {

    private final Officers officers;
    private final Resolutions resolutions;
    private final CharterSettings charters;
    private final CoopScope scope;
    private final GovernanceProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    OfficerElections(Officers officers, Resolutions resolutions, CharterSettings charters, CoopScope scope,
                     GovernanceProperties properties, AuditLog auditLog, Clock clock) {
        this.officers = officers;
        this.resolutions = resolutions;
        this.charters = charters;
        this.scope = scope;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record NewOfficer(OfficerRole role, String name, UUID memberId, LocalDate termStart, LocalDate termEnd,
                             UUID electedBy) {
    }

    public List<Officer> of(CurrentUser user, UUID organisationId) {
        scope.readable(user, organisationId);
        return officers.of(organisationId);
    }

    @Transactional
    public Officer elect(CurrentUser user, UUID organisationId, NewOfficer request) {
        OrganisationSummary org = scope.manageable(user, organisationId);
        if (request.role() == null || request.name() == null || request.name().isBlank()) {
            throw Convening.invalid(request.role() == null ? "role" : "name", "governance.officer.required");
        }
        if (request.termStart() == null || request.termEnd() == null) {
            throw Convening.invalid("termEnd", "governance.officer.termRequired");
        }
        Resolution resolution = request.electedBy() == null ? null : resolutions.find(request.electedBy())
                .filter(r -> r.organisationId().equals(organisationId)).orElse(null);
        if (resolution == null || resolution.subject() != ResolutionSubject.ELECTION || !resolution.passed()) {
            throw Convening.invalid("electedBy", "governance.officer.notElected");
        }
        Charter charter = charters.inForce(organisationId, request.termStart());
        int maxYears = Math.min(properties.maxTermYears(), charter.boardTermYears());
        if (!GovernanceRules.termAllowed(request.termStart(), request.termEnd(), maxYears)) {
            throw Convening.invalid("termEnd", "governance.officer.term", maxYears);
        }
        Officer officer = new Officer(UUID.randomUUID(), organisationId, request.role(), request.name().strip(),
                request.memberId(), request.termStart(), request.termEnd(), resolution.id(), null);
        if (officer.onBoard()) {
            long board = officers.of(organisationId).stream()
                    .filter(o -> o.onBoard() && o.inOffice(request.termStart())).count();
            if (!GovernanceRules.boardSizeAllowed((int) board + 1, 1, properties.boardMax())) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.officer.boardFull",
                        properties.boardMax());
            }
        }
        officers.insert(officer, clock.instant());
        auditLog.record(AuditLog.AuditEntry.of("governance.officer.elected", "officer", officer.id(),
                        officer.role() + " " + officer.name() + " " + officer.termStart() + "–" + officer.termEnd())
                .inProvince(org.provinceCode()).ofOrganisation(organisationId));
        return officer;
    }

    @Transactional
    public void end(CurrentUser user, UUID officerId, LocalDate endedOn) {
        Officer officer = officers.find(officerId).orElseThrow(() -> new NotFound("officer"));
        OrganisationSummary org = scope.manageable(user, officer.organisationId());
        if (endedOn == null || endedOn.isBefore(officer.termStart()) || endedOn.isAfter(LocalDate.now(clock))) {
            throw Convening.invalid("endedOn", "governance.officer.endedOn");
        }
        officers.end(officerId, endedOn);
        auditLog.record(AuditLog.AuditEntry.of("governance.officer.ended", "officer", officerId, "ended " + endedOn)
                .inProvince(org.provinceCode()).ofOrganisation(officer.organisationId()));
    }
}
