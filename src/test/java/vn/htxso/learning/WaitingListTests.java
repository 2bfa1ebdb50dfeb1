package vn.htxso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;

/**
 * The waiting list: beyond the capacity people wait, and a registered person who cancels lets the first waiting one
 * in; the number registered never exceeds the capacity, even when registrations and cancellations arrive together.
 * An organiser may let one more person in over the capacity at the door, which the audit log records.
 */
@DemoMvcTest
class WaitingListTests {

    @Autowired
    TrainingCalendar calendar;
    @Autowired
    Attendance attendance;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aCancellationPromotesTheFirstWaitingPersonAndOnlyARegisteredOnesDoes() {
        EventId event = newEvent(2);
        List<CurrentUser> people = new ArrayList<>();
        List<Registration> made = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(person(i));
            made.add(calendar.register(people.get(i), event));
        }
        assertThat(made).extracting(Registration::status).containsExactly(Registration.Status.REGISTERED,
                Registration.Status.REGISTERED, Registration.Status.WAITING, Registration.Status.WAITING);
        assertThat(calendar.register(people.get(2), event).status()).as("registering again changes nothing")
                .isEqualTo(Registration.Status.WAITING);

        calendar.cancel(people.get(3), made.get(3).id()); // the last waiting one leaves: nobody moves
        assertThat(status(made.get(2))).isEqualTo("WAITING");
        assertThat(calendar.event(event).registered()).isEqualTo(2);

        calendar.cancel(people.get(0), made.get(0).id()); // a registered one leaves: the first waiting moves up
        assertThat(status(made.get(0))).isEqualTo("CANCELLED");
        assertThat(status(made.get(2))).isEqualTo("REGISTERED");
        assertThat(calendar.event(event).registered()).isEqualTo(2);
        assertThat(calendar.event(event).waiting()).isZero();

        calendar.cancel(people.get(0), made.get(0).id()); // cancelling twice changes nothing
        assertThat(calendar.event(event).registered()).isEqualTo(2);
        assertThatThrownBy(() -> calendar.cancel(person(99), made.get(1).id())).as("someone else's registration")
                .isInstanceOf(NotFound.class);
        assertThat(audited("learning.registration.cancelled", made.get(0).id().toString())).isEqualTo(1);
    }

    @Test
    void theFirstWaitingIsTheOneWhoRegisteredFirst() {
        EventId event = newEvent(1);
        Registration first = calendar.register(person(10), event);
        Registration waitingFirst = calendar.register(person(11), event);
        Registration waitingSecond = calendar.register(person(12), event);
        // same creation instant is possible with a coarse clock: the order then follows (created_at, id)
        calendar.cancel(person(10, first.userId()), first.id());
        boolean firstMoved = status(waitingFirst).equals("REGISTERED");
        boolean secondMoved = status(waitingSecond).equals("REGISTERED");
        assertThat(firstMoved ^ secondMoved).as("exactly one moves up").isTrue();
        if (!waitingFirst.createdAt().equals(waitingSecond.createdAt())) {
            assertThat(firstMoved).as("the earlier registration moves up").isTrue();
        }
    }

    @Test
    void parallelRegistrationsNeverExceedTheCapacity() throws Exception {
        EventId event = newEvent(5);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CurrentUser p = person(100 + i);
            calls.add(() -> calendar.register(p, event).status().name());
        }
        List<String> statuses = runTogether(calls, 12);
        assertThat(statuses.stream().filter("REGISTERED"::equals).count()).isEqualTo(5);
        assertThat(statuses.stream().filter("WAITING"::equals).count()).isEqualTo(35);
        assertThat(registered(event)).isEqualTo(5);
    }

    @Test
    void parallelCancellationsAndRegistrationsKeepTheCapacityAndPromoteOncePerSeat() throws Exception {
        EventId event = newEvent(4);
        List<CurrentUser> people = new ArrayList<>();
        List<Registration> made = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(person(200 + i));
            made.add(calendar.register(people.get(i), event));
        }
        assertThat(registered(event)).isEqualTo(4);
        List<Callable<String>> calls = new ArrayList<>();
        // every registered person cancels three times at once, while eight newcomers register
        for (int i = 0; i < 4; i++) {
            CurrentUser p = people.get(i);
            UUID id = made.get(i).id();
            for (int k = 0; k < 3; k++) {
                calls.add(() -> {
                    calendar.cancel(p, id);
                    return "cancelled";
                });
            }
        }
        for (int i = 0; i < 8; i++) {
            CurrentUser p = person(300 + i);
            calls.add(() -> calendar.register(p, event).status().name());
        }
        runTogether(calls, 12);
        assertThat(registered(event)).as("the seats are full again, never more").isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from learning_registrations where event_id = ? and status = 'WAITING'")
                .param(event.value()).query(Integer.class).single()).isEqualTo(10);
        for (int i = 4; i < 8; i++) {
            assertThat(status(made.get(i))).as("the first four waiting moved up, in order").isEqualTo("REGISTERED");
        }
    }

    @Test
    void anOrganiserOverridesAFullEventAndTheOverrideIsAudited() {
        EventId event = newEvent(1);
        CurrentUser organiser = organiser();
        Registration a = calendar.addAtDoor(calendar.event(event), null, "Lò Văn Pọm", null, organiser);
        Registration b = calendar.addAtDoor(calendar.event(event), null, "Giàng Thị Dợ", null, organiser);
        assertThat(attendance.byOrganiser(organiser, event, a.id(), null, false).created()).isTrue();
        assertThatThrownBy(() -> attendance.byOrganiser(organiser, event, b.id(), null, false))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> {
                    assertThat(v.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(v.messageKey()).isEqualTo("learning.checkIn.full");
                });
        assertThat(audited("learning.checkIn.capacityOverride", event.value().toString())).isZero();
        CurrentUser laoCai = accounts.byUsername("laocai").orElseThrow().toCurrentUser();
        assertThatThrownBy(() -> attendance.byOrganiser(laoCai, event, b.id(), null, true))
                .as("another province's officer cannot override").isInstanceOf(NotFound.class);

        assertThat(attendance.byOrganiser(organiser, event, b.id(), null, true).created()).isTrue();
        assertThat(calendar.event(event).attended()).isEqualTo(2);
        assertThat(jdbc.sql("select capacity_override from learning_check_ins where registration_id = ?")
                .param(b.id()).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select capacity_override from learning_check_ins where registration_id = ?")
                .param(a.id()).query(Boolean.class).single()).isFalse();
        assertThat(audited("learning.checkIn.capacityOverride", event.value().toString())).isEqualTo(1);
        assertThat(jdbc.sql("select details from audit_events where action = 'learning.checkIn.capacityOverride'"
                        + " and subject_id = ?").param(event.value().toString()).query(String.class).single())
                .contains("person=" + b.id()).contains("capacity=1");
        // an override for someone already in changes nothing and is not audited again
        assertThat(attendance.byOrganiser(organiser, event, b.id(), null, true).created()).isFalse();
        assertThat(audited("learning.checkIn.capacityOverride", event.value().toString())).isEqualTo(1);
    }

    @Test
    void anotherProvincesOfficerNeitherSeesNorChangesTheEvent() {
        EventId event = newEvent(5);
        Registration r = calendar.register(person(400), event);
        CurrentUser laoCai = accounts.byUsername("laocai").orElseThrow().toCurrentUser();
        assertThatThrownBy(() -> calendar.attendees(laoCai, event)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> calendar.cancel(laoCai, r.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attendance.switchSession(laoCai, event, 1)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attendance.walkIn(laoCai, event, "Người lạ", true)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attendance.scanned(laoCai, event, r.personalCode(), true))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attendance.code(laoCai, event)).isInstanceOf(vn.htxso.platform.Forbidden.class);
        assertThat(status(r)).isEqualTo("REGISTERED");
        assertThat(calendar.event(event).attended()).isZero();
        assertThat(calendar.attendees(organiser(), event)).extracting(Registration::id).containsExactly(r.id());
    }

    private EventId newEvent(int capacity) {
        Instant now = clock.instant();
        return calendar.create(organiser(), new NewEvent("Tập huấn danh sách chờ " + UUID.randomUUID(),
                EventKind.TRAINING_DAY, null, "40", "Xã Hạnh Lâm", null, now.minusSeconds(600),
                now.plusSeconds(7200), capacity, 1, 1));
    }

    private String status(Registration r) {
        return jdbc.sql("select status from learning_registrations where id = ?").param(r.id()).query(String.class)
                .single();
    }

    private int registered(EventId event) {
        return jdbc.sql("select count(*) from learning_registrations where event_id = ? and status = 'REGISTERED'")
                .param(event.value()).query(Integer.class).single();
    }

    private int audited(String action, String subject) {
        return jdbc.sql("select count(*) from audit_events where action = ? and subject_id = ?")
                .params(action, subject).query(Integer.class).single();
    }

    private CurrentUser organiser() {
        return accounts.byUsername("nghean").orElseThrow().toCurrentUser();
    }

    private static final UUID[] IDS = new UUID[1000];

    private static synchronized CurrentUser person(int i) {
        if (IDS[i] == null) {
            IDS[i] = UUID.randomUUID();
        }
        return person(i, IDS[i]);
    }

    private static CurrentUser person(int i, UUID id) {
        return new CurrentUser(id, "learner" + i, "Học viên số " + i, Set.of(Role.BUYER), null, null, null);
    }

    private static List<String> runTogether(List<Callable<String>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
