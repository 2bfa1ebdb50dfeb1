package vn.htxso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;

/**
 * Capacity and "once per person" hold when check-ins arrive together: each check-in of an event waits for the row
 * lock of the event, then counts.
 */
@DemoMvcTest
class AttendanceConcurrencyTests {

    @Autowired
    Attendance attendance;
    @Autowired
    TrainingCalendar calendar;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void twoHundredFiftyPeopleForTwoHundredSeatsStopAtTwoHundred() throws Exception {
        EventId event = newEvent(200);
        String code = attendance.code(organiser(), event).code();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            CurrentUser person = person(i);
            calls.add(() -> status(() -> attendance.withCode(person, event, code)));
        }
        List<Integer> statuses = runTogether(calls, 16);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(200);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(50);
        assertThat(calendar.event(event).attended()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from learning_check_ins where event_id = ?").param(event.value())
                .query(Integer.class).single()).isEqualTo(200);
    }

    @Test
    void oneOrganiserCheckingThePersonInAndThePersonThemselvesCountOnce() throws Exception {
        EventId event = newEvent(5);
        String code = attendance.code(organiser(), event).code();
        CurrentUser person = person(1000);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            calls.add(() -> status(() -> attendance.withCode(person, event, code)));
        }
        List<Integer> statuses = runTogether(calls, 12);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(23);
        assertThat(calendar.event(event).attended()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from learning_registrations where event_id = ?").param(event.value())
                .query(Integer.class).single()).as("one registration made at the door").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from learning_certificates where event_id = ?").param(event.value())
                .query(Integer.class).single()).as("one certificate").isEqualTo(1);
    }

    @Test
    void anOfflineQueueSentTwiceCollapsesByClientId() {
        EventId event = newEvent(5);
        CurrentUser organiser = organiser();
        Registration a = calendar.addAtDoor(calendar.event(event), null, "Hà Thị Lan", null, organiser);
        Registration b = calendar.addAtDoor(calendar.event(event), null, "Sầm Văn Sơn", null, organiser);
        Instant device = clock.instant().minusSeconds(600);
        List<Attendance.QueuedCheckIn> queue = List.of(
                new Attendance.QueuedCheckIn(UUID.randomUUID(), a.id(), null, device),
                new Attendance.QueuedCheckIn(UUID.randomUUID(), b.id(), null, device.plusSeconds(5)),
                new Attendance.QueuedCheckIn(UUID.randomUUID(), a.id(), null, device.plusSeconds(9)));
        List<Attendance.SyncResult> first = attendance.sync(organiser, event, queue);
        assertThat(first).extracting(Attendance.SyncResult::status).containsExactly(201, 201, 200);
        List<Attendance.SyncResult> again = attendance.sync(organiser, event, queue);
        assertThat(again).extracting(Attendance.SyncResult::status).containsExactly(200, 200, 200);
        assertThat(calendar.event(event).attended()).isEqualTo(2);
        var stored = jdbc.sql("select checked_in_at, device_time from learning_check_ins where registration_id = ?")
                .param(a.id()).query((rs, n) -> new Object[] {rs.getObject(1), rs.getObject(2)}).single();
        assertThat(stored[0]).isNotNull();
        assertThat(stored[1]).as("device time kept beside server time").isNotNull();
        List<Attendance.SyncResult> unknown = attendance.sync(organiser, event,
                List.of(new Attendance.QueuedCheckIn(UUID.randomUUID(), UUID.randomUUID(), null, device)));
        assertThat(unknown.get(0).status()).isEqualTo(404);
    }

    private static int status(Callable<Attendance.CheckInResult> call) throws Exception {
        try {
            return call.call().created() ? 201 : 200;
        } catch (BusinessRuleViolation v) {
            return v.status() == HttpStatus.CONFLICT ? 409 : v.status().value();
        }
    }

    private static List<Integer> runTogether(List<Callable<Integer>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private EventId newEvent(int capacity) {
        Instant now = clock.instant();
        return calendar.create(organiser(), new NewEvent("Hội nghị thử tải " + UUID.randomUUID(),
                EventKind.CONFERENCE, null, "40", "Phường Trường Vinh", null, now.minusSeconds(600),
                now.plusSeconds(7200), capacity, 1, 1));
    }

    private CurrentUser organiser() {
        return accounts.byUsername("nghean").orElseThrow().toCurrentUser();
    }

    private static CurrentUser person(int i) {
        return new CurrentUser(UUID.randomUUID(), "guest" + i, "Đại biểu số " + i, Set.of(Role.BUYER), null, null,
                null);
    }
}
