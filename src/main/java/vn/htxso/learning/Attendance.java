package vn.htxso.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.learning.internal.CheckInCodes;
import vn.htxso.learning.internal.CheckIns;
import vn.htxso.learning.internal.Registrations;
import vn.htxso.learning.internal.TrainingEvents;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;

/**
 * Attendance by QR: the organiser's phone shows a code that changes every period; an attendee types or scans it and
 * is checked in once per session; the organiser can also check people in by name or by their personal QR, online or
 * from an offline queue. Every check-in of an event runs under a lock of the event's row, so the capacity holds under
 * concurrency (an organiser's override is audited).
 */
@Service
public class Attendance {

    /** Check-in opens this long before the event starts. */
    static final Duration OPENS_BEFORE = Duration.ofHours(2);

    private final TrainingEvents events;
    private final Registrations registrations;
    private final CheckIns checkIns;
    private final CheckInCodes codes;
    private final TrainingCalendar calendar;
    private final Certification certification;
    private final LearningRecords records;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Attendance(TrainingEvents events, Registrations registrations, CheckIns checkIns, CheckInCodes codes,
               TrainingCalendar calendar, Certification certification, LearningRecords records, AuditLog auditLog,
               Clock clock, PlatformTransactionManager transactionManager) {
        this.events = events;
        this.registrations = registrations;
        this.checkIns = checkIns;
        this.codes = codes;
        this.calendar = calendar;
        this.certification = certification;
        this.records = records;
        this.auditLog = auditLog;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The code to show at the door now: the event's organiser only. */
    @Transactional(readOnly = true)
    public DoorCode code(CurrentUser user, EventId eventId) {
        TrainingEvent event = calendar.event(eventId);
        if (user == null || !event.organisedBy(user.id())) {
            throw new Forbidden();
        }
        CheckInCodes.Code code = codes.current(event.id().value(), event.currentSession(), clock.instant());
        return new DoorCode(code.code(), code.validUntil(), codes.periodSeconds(), event.currentSession());
    }

    public record DoorCode(String code, Instant validUntil, int periodSeconds, int session) {

        /** How often the organiser's page fetches the code again (a few times per period). */
        public int refreshSeconds() {
            return Math.max(5, periodSeconds / 3);
        }
    }

    /**
     * A check-in: {@code created} is false when the person was already checked in to this session (the first record
     * is returned).
     */
    public record CheckInResult(EventId eventId, UUID registrationId, String name, Instant checkedInAt,
                                boolean created, String certificateCode) {
    }

    /** The signed-in user checks in with the code shown at the door. */
    @Transactional
    public CheckInResult withCode(CurrentUser user, EventId eventId, String code) {
        if (user == null) {
            throw new Forbidden();
        }
        TrainingEvent event = lockedForCheckIn(eventId);
        Instant now = clock.instant();
        if (!codes.accepts(event.id().value(), event.currentSession(), code == null ? null : code.strip(), now)) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new BusinessRuleViolation.FieldProblem("code", "learning.checkIn.badCode")),
                    "learning.checkIn.badCode");
        }
        Optional<Registration> registered = registrations.ofUser(event.id().value(), user.id());
        if (registered.isPresent()) {
            Optional<CheckIns.CheckIn> first = checkIns.find(event.id().value(), registered.get().id(),
                    event.currentSession());
            if (first.isPresent()) {
                return result(event, registered.get(), first.get(), false);
            }
        }
        ensureRoom(event, registered.map(Registration::id).orElse(null), false);
        Registration person = registered.orElseGet(() -> calendar.addAtDoor(event, user.id(), user.displayName(),
                user.organisationId(), user));
        return record(event, person, "CODE", null, null, now.truncatedTo(ChronoUnit.MICROS), false, user);
    }

    /**
     * The organiser checks a person in by registration id or by personal code. {@code override} lets one more person
     * in over the capacity (audited).
     */
    @Transactional
    public CheckInResult byOrganiser(CurrentUser organiser, EventId eventId, UUID registrationId, String personalCode,
                                     boolean override) {
        TrainingEvent event = organisersEvent(organiser, eventId);
        Registration person = person(event, registrationId, personalCode);
        return checkInPerson(organiser, event, person, personalCode != null ? "PERSONAL_QR" : "NAME", null, null,
                override);
    }

    /**
     * The organiser scanned (or typed) a person's own QR code: an unknown or cancelled code is a 422 on the code,
     * a full event a 409 unless {@code override} (audited).
     */
    @Transactional
    public CheckInResult scanned(CurrentUser organiser, EventId eventId, String personalCode, boolean override) {
        TrainingEvent event = organisersEvent(organiser, eventId);
        String code = personalCode == null ? "" : personalCode.strip().toUpperCase(java.util.Locale.ROOT);
        Registration person = (code.isEmpty() || code.length() > 16 ? Optional.<Registration>empty()
                : registrations.byPersonalCode(event.id().value(), code))
                .filter(r -> r.status() != Registration.Status.CANCELLED)
                .orElseThrow(() -> new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                        List.of(new BusinessRuleViolation.FieldProblem("personalCode", "learning.checkIn.unknownCode")),
                        "learning.checkIn.unknownCode"));
        return checkInPerson(organiser, event, person, "PERSONAL_QR", null, null, override);
    }

    /** An organiser adds a walk-in by name at the door and checks them in. */
    @Transactional
    public CheckInResult walkIn(CurrentUser organiser, EventId eventId, String fullName, boolean override) {
        TrainingEvent event = organisersEvent(organiser, eventId);
        ensureRoom(event, null, override);
        Registration person = calendar.addAtDoor(event, null, fullName.strip(), null, organiser);
        return record(event, person, "NAME", null, null, clock.instant().truncatedTo(ChronoUnit.MICROS), override,
                organiser);
    }

    /** One check-in queued on an offline organiser's phone. */
    public record QueuedCheckIn(UUID clientId, UUID registrationId, String personalCode, Instant deviceTime) {
    }

    /** The result of one queued check-in: {@code status} 201 (stored), 200 (already there), 404 or 409. */
    public record SyncResult(UUID clientId, int status, UUID registrationId, Instant checkedInAt, String message) {
    }

    /**
     * Stores what an offline phone queued: the same client id again, or the same person and session, collapse to the
     * first record; the server's time is stored beside the device's. Each item stands alone (one full event does not
     * refuse the others).
     */
    public List<SyncResult> sync(CurrentUser organiser, EventId eventId, List<QueuedCheckIn> queue) {
        calendar.event(eventId); // 404 before anything
        List<SyncResult> results = new ArrayList<>();
        for (QueuedCheckIn item : queue) {
            try {
                results.add(transactions.execute(status -> syncOne(organiser, eventId, item)));
            } catch (NotFound | Forbidden scope) {
                throw scope;
            } catch (BusinessRuleViolation v) {
                results.add(new SyncResult(item.clientId(), v.status().value(), item.registrationId(), null,
                        v.messageKey()));
            }
        }
        return results;
    }

    private SyncResult syncOne(CurrentUser organiser, EventId eventId, QueuedCheckIn item) {
        TrainingEvent event = organisersEvent(organiser, eventId);
        Optional<CheckIns.CheckIn> same = checkIns.byClientId(item.clientId());
        if (same.isPresent()) {
            return new SyncResult(item.clientId(), same.get().eventId().equals(event.id().value()) ? 200 : 409,
                    same.get().registrationId(), same.get().checkedInAt(), null);
        }
        Registration person = person(event, item.registrationId(), item.personalCode());
        CheckInResult r = checkInPerson(organiser, event, person, "OFFLINE", item.clientId(), item.deviceTime(),
                false);
        return new SyncResult(item.clientId(), r.created() ? 201 : 200, r.registrationId(), r.checkedInAt(), null);
    }

    private CheckInResult checkInPerson(CurrentUser organiser, TrainingEvent event, Registration person, String method,
                                        UUID clientId, Instant deviceTime, boolean override) {
        Optional<CheckIns.CheckIn> first = checkIns.find(event.id().value(), person.id(), event.currentSession());
        if (first.isPresent()) {
            return result(event, person, first.get(), false);
        }
        ensureRoom(event, person.id(), override);
        if (person.status() != Registration.Status.REGISTERED) {
            registrations.setStatus(person.id(), Registration.Status.REGISTERED);
        }
        return record(event, person, method, clientId, deviceTime, clock.instant().truncatedTo(ChronoUnit.MICROS),
                override, organiser);
    }

    private void ensureRoom(TrainingEvent event, UUID registrationId, boolean override) {
        boolean alreadyIn = registrationId != null && checkIns.hasAny(event.id().value(), registrationId);
        if (!alreadyIn && !override && checkIns.attendees(event.id().value()) >= event.capacity()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "learning.checkIn.full", event.capacity());
        }
    }

    private CheckInResult record(TrainingEvent event, Registration person, String method, UUID clientId,
                                 Instant deviceTime, Instant now, boolean override, CurrentUser by) {
        boolean overCapacity = override && !checkIns.hasAny(event.id().value(), person.id())
                && checkIns.attendees(event.id().value()) >= event.capacity();
        CheckIns.CheckIn stored = new CheckIns.CheckIn(UUID.randomUUID(), event.id().value(), person.id(),
                event.currentSession(), method, clientId, now, deviceTime, overCapacity);
        checkIns.insert(stored, by == null ? null : by.id());
        records.aboutEvent(person.userId() != null ? person.userId().toString() : person.id().toString(),
                person.fullName(), Verb.ATTENDED, event, now);
        if (overCapacity) {
            auditLog.record(AuditEntry.of("learning.checkIn.capacityOverride", "event", event.id(),
                    "person=" + person.id() + " capacity=" + event.capacity()).inProvince(event.provinceCode()));
        }
        String certificate = null;
        if (checkIns.sessionsOf(person.id()) >= event.certificateSessions()) {
            certificate = certification.issueForAttendance(person, event).code();
        }
        return new CheckInResult(event.id(), person.id(), person.fullName(), now, true, certificate);
    }

    private CheckInResult result(TrainingEvent event, Registration person, CheckIns.CheckIn first, boolean created) {
        return new CheckInResult(event.id(), person.id(), person.fullName(), first.checkedInAt(), created, null);
    }

    private Registration person(TrainingEvent event, UUID registrationId, String personalCode) {
        Optional<Registration> found = registrationId != null ? registrations.find(registrationId)
                .filter(r -> r.eventId().equals(event.id()))
                : personalCode != null ? registrations.byPersonalCode(event.id().value(), personalCode.strip()
                .toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
        return found.filter(r -> r.status() != Registration.Status.CANCELLED)
                .orElseThrow(() -> new BusinessRuleViolation(HttpStatus.NOT_FOUND, "learning.checkIn.unknownPerson"));
    }

    /** The organiser's event, locked and open for check-in. */
    private TrainingEvent organisersEvent(CurrentUser organiser, EventId eventId) {
        TrainingEvent event = lockedForCheckIn(eventId);
        if (organiser == null || !event.organisedBy(organiser.id())) {
            throw new NotFound("event");
        }
        return event;
    }

    private TrainingEvent lockedForCheckIn(EventId eventId) {
        if (!events.lock(eventId.value())) {
            throw new NotFound("event");
        }
        TrainingEvent event = calendar.event(eventId);
        Instant now = clock.instant();
        if (event.finishedAt(now)) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "learning.event.finished");
        }
        if (now.isBefore(event.startsAt().minus(OPENS_BEFORE))) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "learning.checkIn.notYetOpen");
        }
        return event;
    }

    /** The organiser moves the door code to another session of the event. */
    @Transactional
    public void switchSession(CurrentUser organiser, EventId eventId, int session) {
        TrainingEvent event = calendar.event(eventId);
        if (organiser == null || !event.organisedBy(organiser.id())) {
            throw new NotFound("event");
        }
        if (session < 1 || session > event.sessions()) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "learning.event.session.unknown", event.sessions());
        }
        events.setCurrentSession(event.id().value(), session);
    }
}
