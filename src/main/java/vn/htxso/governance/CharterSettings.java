package vn.htxso.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.Assemblies;
import vn.htxso.governance.internal.Charters;
import vn.htxso.governance.internal.CoopScope;
import vn.htxso.governance.internal.Resolutions;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.registry.OrganisationSummary;

/**
 * A co-op's charter settings, versioned: the first version holds the law's defaults (configuration); later versions
 * are adopted by a passed charter resolution whose minutes are signed, and take effect on their day. Every rule reads
 * the version in force on the day of the act.
 */
@Service
@Transactional(readOnly = true)
public class CharterSettings {

    static final String LAW = "17/2023/QH15";

    private final Charters charters;
    private final Resolutions resolutions;
    private final Assemblies assemblies;
    private final CoopScope scope;
    private final GovernanceProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    CharterSettings(Charters charters, Resolutions resolutions, Assemblies assemblies, CoopScope scope,
                    GovernanceProperties properties, AuditLog auditLog, Clock clock) {
        this.charters = charters;
        this.resolutions = resolutions;
        this.assemblies = assemblies;
        this.scope = scope;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The version in force today, as the viewer may see it. */
    public Charter inForce(CurrentUser user, UUID organisationId) {
        scope.readable(user, organisationId);
        return inForce(organisationId, LocalDate.now(clock));
    }

    public List<Charter> versions(CurrentUser user, UUID organisationId) {
        scope.readable(user, organisationId);
        List<Charter> stored = charters.of(organisationId);
        return stored.isEmpty() ? List.of(defaults(organisationId)) : stored;
    }

    /** The version in force on {@code day}; the law's defaults (not stored yet) when the co-op has none. */
    Charter inForce(UUID organisationId, LocalDate day) {
        return charters.inForce(organisationId, day).orElseGet(() -> defaults(organisationId));
    }

    /** The version in force on {@code day}, storing the defaults first when the co-op has none (acts refer to it). */
    @Transactional
    Charter ensure(UUID organisationId, LocalDate day) {
        if (charters.of(organisationId).isEmpty()) {
            Charter defaults = defaults(organisationId);
            charters.insert(defaults, clock.instant(), "system");
        }
        return charters.inForce(organisationId, day).orElseThrow();
    }

    Charter defaults(UUID organisationId) {
        GovernanceProperties.Defaults d = properties.defaults();
        return new Charter(UUID.nameUUIDFromBytes(("charter-default-" + organisationId).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), organisationId, properties.lawInForceOn(), null,
                GovernanceModel.FULL,
                new Threshold(d.quorumNumerator(), d.quorumDenominator(), d.quorumStrict()),
                new Threshold(d.ordinaryNumerator(), d.ordinaryDenominator(), d.ordinaryStrict()),
                new Threshold(d.specialNumerator(), d.specialDenominator(), d.specialStrict()),
                d.indivisibleFundPercent(), d.otherFundsPercent(), d.capitalSharePercent(), d.boardSize(),
                d.boardTermYears(), LAW);
    }

    /** A threshold typed on a form or sent to the API: a fraction of at most one, or a 400 on {@code field}. */
    public static Threshold threshold(String field, Integer numerator, Integer denominator, boolean strict) {
        if (numerator == null || denominator == null || numerator < 1 || denominator < 1 || numerator > denominator) {
            throw Convening.invalid(field, "governance.charter.fraction");
        }
        return new Threshold(numerator, denominator, strict);
    }

    /** The resolutions that may adopt a new version: passed special charter resolutions, minutes signed, not used. */
    public List<Resolution> adoptable(CurrentUser user, UUID organisationId) {
        scope.manageable(user, organisationId);
        return assemblies.of(organisationId).stream().filter(Assembly::signed)
                .flatMap(a -> resolutions.ofAssembly(a.id()).stream())
                .filter(r -> r.subject() == ResolutionSubject.CHARTER && r.category() == ResolutionCategory.SPECIAL
                        && r.passed() && !charters.adoptedBy(r.id()))
                .toList();
    }

    /** What a charter resolution changes. */
    public record CharterChange(UUID resolutionId, LocalDate effectiveOn, GovernanceModel model, Threshold quorum,
                                Threshold ordinary, Threshold special, int indivisibleFundPercent,
                                int otherFundsPercent, int capitalSharePercent, int boardSize, int boardTermYears) {
    }

    /** Adopts a new version by a passed charter resolution whose minutes are signed. */
    @Transactional
    public Charter adopt(CurrentUser user, UUID organisationId, CharterChange change) {
        OrganisationSummary org = scope.manageable(user, organisationId);
        Resolution resolution = resolutions.find(change.resolutionId())
                .filter(r -> r.organisationId().equals(organisationId))
                .orElseThrow(() -> new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.charter.noResolution"));
        Assembly assembly = assemblies.find(resolution.assemblyId()).orElseThrow();
        if (resolution.subject() != ResolutionSubject.CHARTER || resolution.category() != ResolutionCategory.SPECIAL
                || !resolution.passed() || !assembly.signed()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.charter.noResolution");
        }
        if (change.effectiveOn() == null) {
            throw Convening.invalid("effectiveOn", "governance.charter.effectiveOnRequired");
        }
        if (charters.adoptedBy(resolution.id())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.charter.resolutionUsed");
        }
        if (change.effectiveOn().isBefore(assembly.heldOn())) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "governance.charter.beforeResolution");
        }
        if (change.model() == null || change.quorum() == null || change.ordinary() == null || change.special() == null) {
            throw Convening.invalid("model", "governance.api.required");
        }
        if (change.indivisibleFundPercent() < 0 || change.otherFundsPercent() < 0 || change.capitalSharePercent() < 0
                || change.indivisibleFundPercent() + change.otherFundsPercent() > 100 || change.capitalSharePercent() > 100
                || change.boardSize() < properties.boardMin() || change.boardSize() > properties.boardMax()
                || change.boardTermYears() < 1 || change.boardTermYears() > properties.maxTermYears()) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "governance.charter.outOfLaw");
        }
        ensure(organisationId, change.effectiveOn());
        if (charters.exists(organisationId, change.effectiveOn())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.charter.sameDay");
        }
        Charter charter = new Charter(UUID.randomUUID(), organisationId, change.effectiveOn(), resolution.id(),
                change.model(), change.quorum(), change.ordinary(), change.special(),
                change.indivisibleFundPercent(), change.otherFundsPercent(), change.capitalSharePercent(),
                change.boardSize(), change.boardTermYears(), LAW);
        charters.insert(charter, clock.instant(), user.username());
        auditLog.record(AuditLog.AuditEntry.of("governance.charter.adopted", "charter", charter.id(),
                "effective " + change.effectiveOn() + " by resolution " + resolution.id())
                .inProvince(org.provinceCode()).ofOrganisation(organisationId));
        return charter;
    }
}
