package vn.htxso.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.assessment.AnswerInput;
import vn.htxso.assessment.Assessments;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;
import vn.htxso.platform.VnFormat;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.Registry;
import vn.htxso.support.internal.SupportStore;

/** The application rules on the database: baseline age, budget under parallel approvals, claims, scope. */
@DemoMvcTest
class ApplicationsTests {

    static final CurrentUser NGHEAN = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-000000000002"),
            "nghean", "nghean", Set.of(Role.PROVINCE_ADMIN), "40", null, null);
    static final CurrentUser PROVIDER = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-000000000007"),
            "provider", "provider", Set.of(Role.PROVIDER), null, null,
            UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    static final UUID VIETTEL = UUID.fromString("c0000000-0000-4000-8000-000000000001");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SupportStore store;
    @Autowired
    Assessments assessments;
    @Autowired
    Registry registry;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Applications applications;
    @Autowired
    Programmes programmes;

    CurrentUser manager;
    UUID organisation;

    @BeforeEach
    void aCoopWithAManager() {
        organisation = UUID.randomUUID();
        jdbc.sql("""
                insert into organisations (id, registration_no, name, kind, province_code, commune_name, sector, status, members, size_class, created_at, updated_at)
                values (?, ?, ?, 'HTX', '40', 'Xã Thanh Chương', 'AGRICULTURE', 'ACTIVE', 10, 'MICRO', current_timestamp, current_timestamp)""")
                .params(organisation, "T" + organisation.toString().substring(0, 15), "HTX thử " + organisation).update();
        manager = new CurrentUser(UUID.randomUUID(), "test-manager", "Test", Set.of(Role.COOP_MANAGER), "40",
                organisation, null);
    }

    @Test
    void submittingNeedsABaselineAtMostSixMonthsOld() {
        UUID programme = programme(100_000_000);
        UUID pkg = pkg(programme, 20_000_000);
        UUID id = applications.create(manager, pkg);
        assertThatThrownBy(() -> applications.transition(manager, id, ApplicationState.SUBMITTED, null, null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("support.application.noBaseline");
        assessments.submit(manager, new CooperativeId(organisation), List.of(new AnswerInput("L1", 2)));
        Instant assessed = assessments.latestCompleted(new CooperativeId(organisation)).orElseThrow().completedAt();
        Instant sixMonthsLater = assessed.atZone(VnFormat.ZONE).plusMonths(6).toInstant();
        assertThatThrownBy(() -> at(sixMonthsLater.plusSeconds(60)).transition(manager, id, ApplicationState.SUBMITTED, null, null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("support.application.noBaseline");
        Application submitted = at(sixMonthsLater.minusSeconds(60))
                .transition(manager, id, ApplicationState.SUBMITTED, null, null);
        assertThat(submitted.state()).isEqualTo(ApplicationState.SUBMITTED);
        // micro co-op: 50 % of 20 M = 10 M, under the 20 M cap
        assertThat(submitted.subsidyVnd()).isEqualTo(10_000_000);
        assertThat(store.transitions(id)).extracting(SupportStore.Transition::to)
                .containsExactly(ApplicationState.DRAFT, ApplicationState.SUBMITTED);
    }

    @Test
    void parallelApprovalsNeverOverspendTheBudget() throws Exception {
        UUID programme = programme(30_000_000); // fits 3 subsidies of 10 M
        UUID pkg = pkg(programme, 20_000_000);
        assessments.submit(manager, new CooperativeId(organisation), List.of(new AnswerInput("L1", 2)));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            UUID id = applications.create(manager, pkg);
            applications.transition(manager, id, ApplicationState.SUBMITTED, null, null);
            applications.transition(NGHEAN, id, ApplicationState.UNDER_REVIEW, null, null);
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger exhausted = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (UUID id : ids) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    applications.transition(NGHEAN, id, ApplicationState.APPROVED, null, null);
                } catch (BusinessRuleViolation e) {
                    if (e.messageKey().equals("support.application.budgetExhausted")) {
                        exhausted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        long approved = ids.stream().map(id -> store.application(id).orElseThrow().state())
                .filter(s -> s == ApplicationState.APPROVED).count();
        assertThat(approved).isEqualTo(3);
        assertThat(exhausted.get()).isEqualTo(7);
        Programme p = store.programme(programme).orElseThrow();
        assertThat(p.reserved()).isEqualTo(30_000_000);
        assertThat(p.available()).isZero();
        // a withdrawal releases its reservation; another application can then be approved
        UUID first = ids.stream().filter(id -> store.application(id).orElseThrow().state() == ApplicationState.APPROVED)
                .findFirst().orElseThrow();
        applications.transition(manager, first, ApplicationState.WITHDRAWN, null, null);
        assertThat(store.programme(programme).orElseThrow().reserved()).isEqualTo(20_000_000);
        UUID waiting = ids.stream().filter(id -> store.application(id).orElseThrow().state() == ApplicationState.UNDER_REVIEW)
                .findFirst().orElseThrow();
        applications.transition(NGHEAN, waiting, ApplicationState.APPROVED, null, null);
        assertThat(store.programme(programme).orElseThrow().available()).isZero();
    }

    @Test
    void aClaimComesThirtyDaysAfterAcceptanceAndPaysAtMostTheReservation() {
        UUID programme = programme(100_000_000);
        UUID pkg = pkg(programme, 20_000_000);
        assessments.submit(manager, new CooperativeId(organisation), List.of(new AnswerInput("L1", 2)));
        UUID id = applications.create(manager, pkg);
        applications.transition(manager, id, ApplicationState.SUBMITTED, null, null);
        applications.transition(NGHEAN, id, ApplicationState.UNDER_REVIEW, null, null);
        applications.transition(NGHEAN, id, ApplicationState.APPROVED, null, null);
        applications.transition(manager, id, ApplicationState.OFFER_ACCEPTED, null, null);
        applications.transition(PROVIDER, id, ApplicationState.DEPLOYING, null, null);
        applications.transition(PROVIDER, id, ApplicationState.DEPLOYED, null, null);
        Instant accepted = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        at(accepted).transition(manager, id, ApplicationState.ACCEPTED, null, null);
        Instant thirtyDays = accepted.atZone(VnFormat.ZONE).plusDays(30).toInstant();
        assertThatThrownBy(() -> at(thirtyDays.minusSeconds(60)).transition(manager, id, ApplicationState.CLAIM_SUBMITTED, null, null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("support.application.claimTooEarly");
        assertThatThrownBy(() -> at(thirtyDays).transition(manager, id, ApplicationState.CLAIM_SUBMITTED, null, 10_000_001L))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("support.application.claimTooHigh");
        at(thirtyDays).transition(manager, id, ApplicationState.CLAIM_SUBMITTED, null, 8_000_000L);
        assertThatThrownBy(() -> applications.transition(NGHEAN, id, ApplicationState.CLAIM_REJECTED, " ", null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("support.application.reasonRequired.message");
        applications.transition(NGHEAN, id, ApplicationState.CLAIM_APPROVED, null, null);
        applications.transition(NGHEAN, id, ApplicationState.PAID, "Chuyển khoản", null);
        Programme p = store.programme(programme).orElseThrow();
        assertThat(p.paid()).isEqualTo(8_000_000);
        assertThat(p.reserved()).isZero();
        assertThat(store.application(id).orElseThrow().paidVnd()).isEqualTo(8_000_000);
        assertThatThrownBy(() -> applications.transition(manager, id, ApplicationState.WITHDRAWN, null, null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("support.application.notAllowed");
        assertThat(store.transitions(id)).hasSize(11);
        assertThat(store.transitions(id)).filteredOn(t -> t.to() == ApplicationState.PAID)
                .singleElement().satisfies(t -> {
                    assertThat(t.reason()).isEqualTo("Chuyển khoản");
                    assertThat(t.actorName()).isEqualTo("nghean");
                    assertThat(t.from()).isEqualTo(ApplicationState.CLAIM_APPROVED);
                });
    }

    @Test
    void scopesHold() {
        UUID laoCai = UUID.fromString("b0000000-0000-4000-8000-000000000006");
        // nghean cannot see, let alone approve, a Lào Cai application
        assertThatThrownBy(() -> applications.transition(NGHEAN, laoCai, ApplicationState.APPROVED, null, null))
                .isInstanceOf(NotFound.class);
        // the provider sees only its own packages' applications
        assertThat(applications.visible(PROVIDER)).isNotEmpty().allMatch(a -> a.providerId().equals(VIETTEL));
        assertThatThrownBy(() -> applications.find(PROVIDER, laoCai)).isInstanceOf(NotFound.class);
        // the manager of another co-op cannot see the demo co-op's applications
        assertThat(applications.visible(manager)).noneMatch(a -> !a.organisationId().equals(organisation));
        assertThatThrownBy(() -> applications.find(manager, UUID.fromString("b0000000-0000-4000-8000-000000000001")))
                .isInstanceOf(NotFound.class);
        // nobody approves their own application: an alliance officer who also manages the co-op
        UUID programme = programme(100_000_000);
        UUID pkg = pkg(programme, 20_000_000);
        CurrentUser both = new CurrentUser(manager.id(), "both", "both", Set.of(Role.COOP_MANAGER, Role.PROVINCE_ADMIN),
                "40", organisation, null);
        assessments.submit(both, new CooperativeId(organisation), List.of(new AnswerInput("L1", 2)));
        UUID id = applications.create(both, pkg);
        applications.transition(both, id, ApplicationState.SUBMITTED, null, null);
        applications.transition(NGHEAN, id, ApplicationState.UNDER_REVIEW, null, null);
        assertThatThrownBy(() -> applications.transition(both, id, ApplicationState.APPROVED, null, null))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        // the provider cannot approve either
        assertThatThrownBy(() -> applications.transition(PROVIDER, id, ApplicationState.APPROVED, null, null))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThat(store.application(id).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    private Applications at(Instant instant) {
        return new Applications(store, assessments, registry, auditLog, events, TestClock.at(instant));
    }

    private UUID programme(long budget) {
        return programmes.create(NGHEAN, new Programmes.NewProgramme("Chương trình thử " + UUID.randomUUID(), "40",
                budget, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2), 50, 20_000_000, 50_000_000,
                100_000_000, 100_000_000, Set.of(), 0, 5));
    }

    private UUID pkg(UUID programme, long price) {
        return programmes.addPackage(NGHEAN, programme, new Programmes.NewPackage(VIETTEL,
                "T" + UUID.randomUUID().toString().substring(0, 8), "Gói thử", "Nội dung", price, Set.of("MARKET")));
    }
}
