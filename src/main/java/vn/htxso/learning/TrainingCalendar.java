package vn.htxso.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.learning.internal.CertificateCodes;
import vn.htxso.learning.internal.Registrations;
import vn.htxso.learning.internal.TrainingEvents;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;

/**
 * Events and registration: admins organise events; members register themselves and co-op managers register their
 * members; beyond the capacity people go on a waiting list, promoted in order when someone cancels.
 */
@Service
public class TrainingCalendar {

    private final TrainingEvents events;
    private final Registrations registrations;
    private final CertificateCodes codes;
    private final LearningRecords records;
    private final AdminUnits adminUnits;
    private final AuditLog auditLog;
    private final Clock clock;

    TrainingCalendar(TrainingEvents events, Registrations registrations, CertificateCodes codes,
                     LearningRecords records, AdminUnits adminUnits, AuditLog auditLog, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.codes = codes;
        this.records = records;
        this.adminUnits = adminUnits;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A page of events (public), upcoming first. */
    @Transactional(readOnly = true)
    public Page list(String province, Instant from, int page, int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        int offset = Math.max(page, 0) * limit;
        return new Page(events.list(province, from, clock.instant(), offset, limit), events.count(province, from));
    }

    public record Page(List<TrainingEvent> items, long total) {
    }

    @Transactional(readOnly = true)
    public TrainingEvent event(EventId id) {
        return events.find(id.value()).orElseThrow(() -> new NotFound("event"));
    }

    @Transactional(readOnly = true)
    public List<TrainingEvent> upcoming(int limit) {
        return events.upcoming(clock.instant(), limit);
    }

    @Transactional(readOnly = true)
    public List<TrainingEvent> organisedBy(CurrentUser user) {
        return user == null ? List.of() : events.organisedBy(user.id());
    }

    @Transactional
    public EventId create(CurrentUser user, NewEvent e) {
        List<FieldProblem> problems = new ArrayList<>();
        if (e.provinceCode() != null && !adminUnits.isProvince(e.provinceCode())) {
            problems.add(new FieldProblem("provinceCode", "learning.event.province.unknown"));
        }
        if (e.startsAt() != null && e.endsAt() != null && !e.endsAt().isAfter(e.startsAt())) {
            problems.add(new FieldProblem("endsAt", "learning.event.endsAt.beforeStart"));
        }
        if (e.certificateSessions() > e.sessions()) {
            problems.add(new FieldProblem("certificateSessions", "learning.event.certificateSessions.tooMany"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, problems, "learning.event.invalid");
        }
        if (!Access.mayOrganiseIn(user, e.provinceCode())) {
            throw new Forbidden();
        }
        UUID id = UUID.randomUUID();
        events.insert(new TrainingEvent(new EventId(id), e.title().strip(), e.kind(), blankToNull(e.programme()),
                e.provinceCode(), blankToNull(e.communeName()), blankToNull(e.venue()), user.id(), user.displayName(),
                e.startsAt(), e.endsAt(), e.capacity(), e.sessions(), e.certificateSessions(), 1, null, 0, 0, 0),
                clock.instant());
        auditLog.record(AuditEntry.of("learning.event.created", "event", id, e.title() + " capacity=" + e.capacity())
                .inProvince(e.provinceCode()));
        return new EventId(id);
    }

    /** The signed-in user registers (or is put on the waiting list); registering again changes nothing. */
    @Transactional
    public Registration register(CurrentUser user, EventId eventId) {
        if (user == null) {
            throw new Forbidden();
        }
        TrainingEvent event = lockedOpen(eventId);
        Optional<Registration> existing = registrations.ofUser(eventId.value(), user.id());
        if (existing.isPresent() && existing.get().status() != Registration.Status.CANCELLED) {
            return existing.get();
        }
        if (existing.isPresent()) {
            Registration.Status status = statusFor(event);
            registrations.setStatus(existing.get().id(), status);
            return registrations.find(existing.get().id()).orElseThrow();
        }
        return add(event, user.id(), user.displayName(), user.organisationId(), null, null, user);
    }

    /** A co-op manager registers one of the co-op's members by name. */
    @Transactional
    public Registration registerMember(CurrentUser manager, EventId eventId, String fullName, Boolean woman,
                                       Boolean ethnicMinority) {
        if (manager == null || !manager.has(Role.COOP_MANAGER) || manager.organisationId() == null) {
            throw new Forbidden();
        }
        TrainingEvent event = lockedOpen(eventId);
        return add(event, null, fullName.strip(), manager.organisationId(), woman, ethnicMinority, manager);
    }

    /** The registrations a co-op manager made for the co-op's members, or the user's own one. */
    @Transactional(readOnly = true)
    public List<Registration> visibleRegistrations(CurrentUser user, EventId eventId) {
        if (user == null) {
            return List.of();
        }
        return registrations.ofEvent(eventId.value()).stream()
                .filter(r -> user.id().equals(r.userId())
                        || (user.has(Role.COOP_MANAGER) && r.organisationId() != null
                        && r.organisationId().equals(user.organisationId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Registration> ownRegistration(CurrentUser user, EventId eventId) {
        return user == null ? Optional.empty() : registrations.ofUser(eventId.value(), user.id())
                .filter(r -> r.status() != Registration.Status.CANCELLED);
    }

    /** Everyone registered or waiting: for the organiser and the admins of the event's province. */
    @Transactional(readOnly = true)
    public List<Registration> attendees(CurrentUser user, EventId eventId) {
        TrainingEvent event = event(eventId);
        if (!Access.managesEvent(user, event)) {
            throw new NotFound("event");
        }
        return registrations.ofEvent(eventId.value());
    }

    /**
     * The personal code behind a registration's own QR: for the registered user, or the manager of the co-op that
     * registered them (to print it for a member without an account); anyone else gets a 404.
     */
    @Transactional(readOnly = true)
    public String personalCode(CurrentUser user, UUID registrationId) {
        Registration r = registrations.find(registrationId).orElseThrow(() -> new NotFound("registration"));
        boolean allowed = user != null && (user.id().equals(r.userId())
                || (r.userId() == null && r.organisationId() != null && user.manages(r.organisationId())));
        if (!allowed || r.status() == Registration.Status.CANCELLED) {
            throw new NotFound("registration");
        }
        return r.personalCode();
    }

    /** Cancels a registration (its person, their co-op's manager, or the organiser); the first waiting moves up. */
    @Transactional
    public void cancel(CurrentUser user, UUID registrationId) {
        Registration r = registrations.find(registrationId).orElseThrow(() -> new NotFound("registration"));
        TrainingEvent event = event(r.eventId());
        boolean allowed = user != null && (user.id().equals(r.userId()) || Access.managesEvent(user, event)
                || (r.organisationId() != null && user.manages(r.organisationId())));
        if (!allowed) {
            throw new NotFound("registration");
        }
        events.lock(event.id().value());
        // read again under the event's lock: a parallel cancel of the same registration must not promote twice
        Registration.Status status = registrations.find(r.id()).map(Registration::status)
                .orElse(Registration.Status.CANCELLED);
        if (status == Registration.Status.CANCELLED) {
            return;
        }
        registrations.setStatus(r.id(), Registration.Status.CANCELLED);
        if (status == Registration.Status.REGISTERED) {
            registrations.firstWaiting(event.id().value())
                    .ifPresent(w -> registrations.setStatus(w.id(), Registration.Status.REGISTERED));
        }
        auditLog.record(AuditEntry.of("learning.registration.cancelled", "registration", r.id(), event.title())
                .inProvince(event.provinceCode()).ofOrganisation(r.organisationId()));
    }

    /** Adds a person registered by an organiser at the door (over the registration capacity: check-in decides). */
    Registration addAtDoor(TrainingEvent event, UUID userId, String name, UUID organisationId, CurrentUser by) {
        return insert(event, userId, name, organisationId, null, null, Registration.Status.REGISTERED, by);
    }

    private Registration add(TrainingEvent event, UUID userId, String name, UUID organisationId, Boolean woman,
                             Boolean ethnicMinority, CurrentUser by) {
        return insert(event, userId, name, organisationId, woman, ethnicMinority, statusFor(event), by);
    }

    private Registration insert(TrainingEvent event, UUID userId, String name, UUID organisationId, Boolean woman,
                                Boolean ethnicMinority, Registration.Status status, CurrentUser by) {
        Instant now = clock.instant();
        Registration r = new Registration(UUID.randomUUID(), event.id(), userId, name, organisationId, woman,
                ethnicMinority, codes.next(), status, now, 0);
        registrations.insert(r, by == null ? null : by.id());
        records.aboutEvent(userId != null ? userId.toString() : r.id().toString(), name, Verb.REGISTERED, event, now);
        auditLog.record(AuditEntry.of("learning.registration.created", "registration", r.id(),
                event.title() + " status=" + status).inProvince(event.provinceCode()).ofOrganisation(organisationId));
        return r;
    }

    private Registration.Status statusFor(TrainingEvent event) {
        return registrations.countRegistered(event.id().value()) < event.capacity() ? Registration.Status.REGISTERED
                : Registration.Status.WAITING;
    }

    private TrainingEvent lockedOpen(EventId eventId) {
        if (!events.lock(eventId.value())) {
            throw new NotFound("event");
        }
        TrainingEvent event = event(eventId);
        if (event.finishedAt(clock.instant())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "learning.event.finished");
        }
        return event;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
