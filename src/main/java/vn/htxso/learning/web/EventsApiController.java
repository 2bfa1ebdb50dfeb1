package vn.htxso.learning.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.learning.Attendance;
import vn.htxso.learning.EventId;
import vn.htxso.learning.LearningRecords;
import vn.htxso.learning.Registration;
import vn.htxso.learning.TrainingCalendar;
import vn.htxso.learning.TrainingEvent;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VnFormat;

/** Events, the door code and check-ins, registration and the event's xAPI statements (API.md). */
@RestController
@RequestMapping("/api/v1/events")
class EventsApiController {

    private final TrainingCalendar calendar;
    private final Attendance attendance;
    private final LearningRecords records;

    EventsApiController(TrainingCalendar calendar, Attendance attendance, LearningRecords records) {
        this.calendar = calendar;
        this.attendance = attendance;
        this.records = records;
    }

    @GetMapping
    Page events(@RequestParam(required = false) String province,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Instant since = from == null ? null : from.atStartOfDay(VnFormat.ZONE).toInstant();
        TrainingCalendar.Page result = calendar.list(province == null || province.isBlank() ? null : province.strip(),
                since, page, size);
        return new Page(result.items().stream().map(EventItem::of).toList(), result.total());
    }

    @GetMapping("/{id}/check-in-code")
    DoorCode code(CurrentUser user, @PathVariable UUID id) {
        Attendance.DoorCode code = attendance.code(user, new EventId(id));
        return new DoorCode(code.code(), code.validUntil(), code.periodSeconds());
    }

    @PostMapping("/{id}/check-ins")
    ResponseEntity<CheckedIn> checkIn(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CodeBody body) {
        Attendance.CheckInResult result = attendance.withCode(user, new EventId(id), body.code());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new CheckedIn(result.eventId().value(), result.checkedInAt()));
    }

    @PostMapping("/{id}/registrations")
    ResponseEntity<Registered> register(CurrentUser user, @PathVariable UUID id) {
        Registration r = calendar.register(user, new EventId(id));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(r.id(), r.eventId().value(), r.status()));
    }

    @GetMapping("/{id}/statements")
    List<Map<String, Object>> statements(CurrentUser user, @PathVariable UUID id) {
        TrainingEvent event = calendar.event(new EventId(id));
        return records.toXapi(records.ofEvent(user, event));
    }

    record Page(List<EventItem> items, long total) {
    }

    record EventItem(UUID id, String title, String provinceCode, String communeName, Instant startsAt, Instant endsAt,
                     int capacity, int registered) {
        static EventItem of(TrainingEvent e) {
            return new EventItem(e.id().value(), e.title(), e.provinceCode(), e.communeName(), e.startsAt(),
                    e.endsAt(), e.capacity(), e.registered());
        }
    }

    record DoorCode(String code, Instant validUntil, int periodSeconds) {
    }

    record CodeBody(@NotBlank(message = "{learning.checkIn.code.required}")
                    @Size(max = 20, message = "{learning.checkIn.badCode}") String code) {
    }

    record CheckedIn(UUID eventId, Instant checkedInAt) {
    }

    record Registered(UUID id, UUID eventId, Registration.Status status) {
    }
}
