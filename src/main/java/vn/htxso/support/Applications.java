package vn.htxso.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.assessment.AssessmentSummary;
import vn.htxso.assessment.Assessments;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;
import vn.htxso.platform.VnFormat;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Registry;
import vn.htxso.support.internal.SupportStore;

/**
 * Applications for support packages through their states. Approval reserves the subsidy from the programme's budget
 * with a conditional update, so parallel approvals never overspend; rejection, withdrawal and cancellation release
 * it; a claim pays at most what was reserved. Every transition is recorded with who, when and why.
 */
@Service
public class Applications {

    /** A baseline (T0) assessment may be at most this many months old when the application is submitted. */
    static final int BASELINE_MONTHS = 6;
    /** Days of use after acceptance before a claim. */
    static final int CLAIM_AFTER_DAYS = 30;
    static final int HOLDING_MONTHS = 12;

    private final SupportStore store;
    private final Assessments assessments;
    private final Registry registry;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Applications(SupportStore store, Assessments assessments, Registry registry, AuditLog auditLog,
                 ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.assessments = assessments;
        this.registry = registry;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** A co-op's manager starts an application (DRAFT) for a package. */
    @Transactional
    public UUID create(CurrentUser user, UUID packageId) {
        if (user == null || !user.has(Role.COOP_MANAGER) || user.organisationId() == null) {
            throw new Forbidden();
        }
        SupportStore.Package pkg = store.pkg(packageId).filter(SupportStore.Package::active)
                .orElseThrow(() -> new NotFound("package"));
        OrganisationSummary organisation = registry.find(new CooperativeId(user.organisationId()))
                .orElseThrow(() -> new NotFound("cooperative"));
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insertApplication(id, pkg, organisation.id().value(), organisation.name(), organisation.provinceCode(),
                user.id(), now);
        store.recordTransition(id, null, ApplicationState.DRAFT, user.id(), user.username(), now, null);
        auditLog.record(AuditEntry.of("support.application.created", "application", id, pkg.code())
                .inProvince(organisation.provinceCode()).ofOrganisation(organisation.id().value()));
        return id;
    }

    /** One application, if the user may see it (else 404). */
    @Transactional(readOnly = true)
    public Application find(CurrentUser user, UUID id) {
        Application a = store.application(id).orElseThrow(() -> new NotFound("application"));
        if (!sees(user, a)) {
            throw new NotFound("application");
        }
        return a;
    }

    @Transactional(readOnly = true)
    public List<SupportStore.Transition> history(CurrentUser user, UUID id) {
        find(user, id);
        return store.transitions(id);
    }

    /** The applications the user may see: own co-op's, province's (national: all), or own packages' deployments. */
    @Transactional(readOnly = true)
    public List<Application> visible(CurrentUser user) {
        if (user == null) {
            throw new Forbidden();
        }
        if (user.isNationalAdmin()) {
            return store.applicationsWhere("1 = 1");
        }
        if (user.has(Role.PROVINCE_ADMIN) && user.provinceCode() != null) {
            return store.applicationsWhere("a.province_code = ?", user.provinceCode());
        }
        if (user.has(Role.PROVIDER) && user.providerId() != null) {
            return store.applicationsWhere("a.provider_id = ? and a.state <> 'DRAFT'", user.providerId());
        }
        if (user.has(Role.COOP_MANAGER) && user.organisationId() != null) {
            return store.applicationsWhere("a.organisation_id = ?", user.organisationId());
        }
        throw new Forbidden();
    }

    boolean sees(CurrentUser user, Application a) {
        return user != null && (user.manages(a.organisationId()) || user.administers(a.provinceCode())
                || (user.has(Role.PROVIDER) && a.providerId().equals(user.providerId())
                && a.state() != ApplicationState.DRAFT));
    }

    /** The roles the user plays for this application (several for an admin who also manages, never approving it). */
    public Set<Actor> actors(CurrentUser user, Application a) {
        Set<Actor> actors = java.util.EnumSet.noneOf(Actor.class);
        if (user == null) {
            return actors;
        }
        if (user.manages(a.organisationId())) {
            actors.add(Actor.COOP);
        }
        if (user.administers(a.provinceCode()) && !user.id().equals(a.createdBy()) && !user.manages(a.organisationId())) {
            actors.add(Actor.ADMIN);
        }
        if (user.has(Role.PROVIDER) && a.providerId().equals(user.providerId())) {
            actors.add(Actor.PROVIDER);
        }
        return actors;
    }

    /** The states the user may move the application to now. */
    public Set<ApplicationState> next(CurrentUser user, Application a) {
        Set<ApplicationState> next = java.util.EnumSet.noneOf(ApplicationState.class);
        actors(user, a).forEach(actor -> next.addAll(a.state().next(actor)));
        return next;
    }

    /**
     * Moves the application to {@code to}. {@code amountVnd} is the claimed amount (claims; default: all reserved).
     */
    @Transactional
    public Application transition(CurrentUser user, UUID id, ApplicationState to, String reason, Long amountVnd) {
        Application a = find(user, id);
        ApplicationState from = a.state();
        Set<Actor> actors = actors(user, a);
        if (actors.stream().noneMatch(actor -> from.allows(to, actor))) {
            if (to == ApplicationState.APPROVED && user.administers(a.provinceCode())
                    && (user.id().equals(a.createdBy()) || user.manages(a.organisationId()))) {
                throw new BusinessRuleViolation(HttpStatus.FORBIDDEN, "support.application.ownApproval");
            }
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "support.application.notAllowed", from, to);
        }
        String why = reason == null ? null : reason.strip();
        if (why != null && why.length() > 1000) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "support.application.reasonTooLong");
        }
        if (to.needsReason() && (why == null || why.isEmpty())) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "support.application.reasonRequired.message");
        }
        Instant now = clock.instant();
        Programme programme = store.programme(a.programmeId()).orElseThrow(() -> new NotFound("programme"));
        boolean moved = switch (to) {
            case SUBMITTED -> submit(a, programme, now);
            case APPROVED -> approve(a, programme);
            case REJECTED, WITHDRAWN, CANCELLED -> {
                boolean ok = store.closeReleasing(a.id(), from, a.version(), to);
                if (ok) {
                    store.release(a.programmeId(), a.reservedVnd());
                }
                yield ok;
            }
            case DEPLOYED -> store.deploy(a.id(), from, a.version(), now);
            case ACCEPTED -> store.accept(a.id(), from, a.version(), now);
            case CLAIM_SUBMITTED -> claim(a, amountVnd, now);
            case PAID -> {
                if (!store.pay(a.programmeId(), a.reservedVnd(), a.claimVnd())) {
                    throw new BusinessRuleViolation(HttpStatus.CONFLICT, "support.application.claimTooHigh",
                            a.reservedVnd());
                }
                yield store.pay(a.id(), from, a.version(), a.claimVnd(), now);
            }
            case HOLDING -> store.hold(a.id(), from, a.version(),
                    now.atZone(VnFormat.ZONE).plusMonths(HOLDING_MONTHS).toInstant());
            case CLOSED -> {
                if (a.holdingUntil() != null && now.isBefore(a.holdingUntil())) {
                    throw new BusinessRuleViolation(HttpStatus.CONFLICT, "support.application.holding",
                            a.holdingUntil().atZone(VnFormat.ZONE).toLocalDate());
                }
                yield store.moveTo(a.id(), from, a.version(), to);
            }
            default -> store.moveTo(a.id(), from, a.version(), to);
        };
        if (!moved) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "support.application.changed");
        }
        store.recordTransition(a.id(), from, to, user.id(), user.username(), now, why == null || why.isEmpty() ? null : why);
        auditLog.record(AuditEntry.of("support.application." + to.name().toLowerCase(java.util.Locale.ROOT),
                        "application", a.id(), from + " -> " + to + (why == null ? "" : ": " + why))
                .inProvince(a.provinceCode()).ofOrganisation(a.organisationId()));
        if (to == ApplicationState.DEPLOYED) {
            events.publishEvent(new PackageDeployed(a.id(), new CooperativeId(a.organisationId()), a.packageId(),
                    a.providerId(), now));
        }
        return store.application(a.id()).orElseThrow();
    }

    private boolean submit(Application a, Programme programme, Instant now) {
        ZonedDateTime today = now.atZone(VnFormat.ZONE);
        Optional<AssessmentSummary> baseline = assessments.latestCompleted(new CooperativeId(a.organisationId()))
                .filter(s -> !s.completedAt().isBefore(today.minusMonths(BASELINE_MONTHS).toInstant()));
        if (baseline.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "support.application.noBaseline", BASELINE_MONTHS);
        }
        OrganisationSummary organisation = registry.find(new CooperativeId(a.organisationId()))
                .orElseThrow(() -> new NotFound("cooperative"));
        if (today.toLocalDate().isBefore(programme.startsOn()) || today.toLocalDate().isAfter(programme.endsOn())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "support.application.outOfPeriod");
        }
        if (!programme.eligibleProvinces().isEmpty() && !programme.eligibleProvinces().contains(organisation.provinceCode())
                || !programme.eligibleSectors().isEmpty() && !programme.eligibleSectors().contains(organisation.sector().name())
                || baseline.get().level() < programme.minLevel() || baseline.get().level() > programme.maxLevel()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "support.application.notEligible");
        }
        long subsidy = programme.rule().subsidy(a.priceVnd(), organisation.sizeClass());
        return store.submit(a.id(), a.state(), a.version(), baseline.get().id().value(), subsidy, now);
    }

    private boolean approve(Application a, Programme programme) {
        if (!store.reserve(programme.id(), a.subsidyVnd())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "support.application.budgetExhausted");
        }
        boolean moved = store.approve(a.id(), a.state(), a.version(), a.subsidyVnd());
        if (!moved) {
            // the reservation rolls back with the transaction
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "support.application.changed");
        }
        return true;
    }

    private boolean claim(Application a, Long amountVnd, Instant now) {
        if (a.acceptedAt() == null || now.isBefore(a.acceptedAt().atZone(VnFormat.ZONE).plusDays(CLAIM_AFTER_DAYS).toInstant())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "support.application.claimTooEarly", CLAIM_AFTER_DAYS);
        }
        long amount = amountVnd == null ? a.reservedVnd() : amountVnd;
        if (amount < 1 || amount > a.reservedVnd()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "support.application.claimTooHigh",
                    a.reservedVnd());
        }
        return store.claim(a.id(), a.state(), a.version(), amount);
    }
}
