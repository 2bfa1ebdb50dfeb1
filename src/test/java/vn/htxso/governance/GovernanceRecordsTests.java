package vn.htxso.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;
import vn.htxso.platform.VnFormat;
import vn.htxso.support.DemoMvcTest;

/**
 * Members' requests (a third of official members, the agenda deadline, the convenor's reasons), charter versions
 * adopted only by a passed charter resolution and read on the day of each act, capital refunds after approved
 * accounts, and corrections of signed minutes as new records.
 */
@DemoMvcTest
class GovernanceRecordsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Convening convening;
    @Autowired
    Voting voting;
    @Autowired
    MemberRequests requests;
    @Autowired
    CharterSettings charters;
    @Autowired
    CapitalRefunding refunds;
    @Autowired
    MinutesCorrecting corrections;
    @Autowired
    IndivisibleFund fund;
    @Autowired
    Monitoring monitoring;

    final LocalDate today = LocalDate.now(VnFormat.ZONE);

    @Test
    void anExtraordinaryAssemblyNeedsAThirdOfOfficialMembersOrTheSupervisoryBoard() {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 7, 3); // a third of 7 = 2.33: 3 signatures
        CurrentUser manager = coop.manager();
        AssemblyRequest two = requests.file(manager, coop.id(), new MemberRequests.NewRequest(
                RequestKind.EXTRAORDINARY, null, today, 2, false, "Bàn phương án vay vốn"));
        assertThat(two.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(two.refusalReason()).isEqualTo(RefusalReason.TOO_FEW_SIGNATURES);
        assertThat(two.signaturesNeeded()).isEqualTo(3);
        AssemblyRequest three = requests.file(manager, coop.id(), new MemberRequests.NewRequest(
                RequestKind.EXTRAORDINARY, null, today.minusDays(1), 3, false, "Bàn phương án vay vốn"));
        assertThat(three.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(three.officialMembers()).isEqualTo(7); // associates do not count
        assertThat(three.conveneBy()).isEqualTo(today.minusDays(1).plusDays(30));
        AssemblyRequest board = requests.file(manager, coop.id(), new MemberRequests.NewRequest(
                RequestKind.EXTRAORDINARY, null, today, 0, true, "Ban kiểm soát đề nghị"));
        assertThat(board.status()).isEqualTo(RequestStatus.ACCEPTED);
        // signatures beyond the official members, none at all, a future day: 400, nothing stored
        int before = requests.of(manager, coop.id()).size();
        assertThatThrownBy(() -> requests.file(manager, coop.id(), new MemberRequests.NewRequest(
                RequestKind.EXTRAORDINARY, null, today, 8, false, "x")))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("governance.request.signatures");
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                });
        assertThatThrownBy(() -> requests.file(manager, coop.id(), new MemberRequests.NewRequest(
                RequestKind.EXTRAORDINARY, null, today, 0, false, "x")))
                .hasMessage("governance.request.signatures");
        assertThatThrownBy(() -> requests.file(manager, coop.id(), new MemberRequests.NewRequest(
                RequestKind.EXTRAORDINARY, null, today.plusDays(1), 3, false, "x")))
                .hasMessage("governance.request.receivedInFuture");
        assertThat(requests.of(manager, coop.id())).hasSize(before);
        // a member of the co-op files; a user of no member account, another co-op's manager, another province: no
        CurrentUser member = coop.member(0);
        GovernanceFixtures.link(jdbc, member, coop.id(), coop.officials().get(0));
        assertThat(requests.file(member, coop.id(), new MemberRequests.NewRequest(RequestKind.EXTRAORDINARY, null,
                today, 3, false, "Thành viên đề nghị")).status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThatThrownBy(() -> requests.file(coop.member(1), coop.id(), new MemberRequests.NewRequest(
                RequestKind.EXTRAORDINARY, null, today, 3, false, "x"))).isInstanceOf(Forbidden.class);
        GovernanceFixtures.Coop other = GovernanceFixtures.coop(jdbc, 3, 0);
        assertThatThrownBy(() -> requests.of(other.manager(), coop.id())).isInstanceOf(NotFound.class);
        CurrentUser laoCai = new CurrentUser(UUID.randomUUID(), "lc", "Lào Cai", Set.of(Role.PROVINCE_ADMIN), "15",
                null, null);
        assertThatThrownBy(() -> requests.of(laoCai, coop.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void anAcceptedRequestNotConvenedInTimeIsAnAlertUntilTheAssemblyIsCalled() {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 3, 0);
        CurrentUser manager = coop.manager();
        requests.file(manager, coop.id(), new MemberRequests.NewRequest(RequestKind.EXTRAORDINARY, null,
                today.minusDays(30), 1, false, "Họp bất thường"));
        assertThat(codes(manager, coop.id())).doesNotContain("EXTRAORDINARY_REQUEST_OVERDUE"); // the 30th day: in time
        requests.file(manager, coop.id(), new MemberRequests.NewRequest(RequestKind.EXTRAORDINARY, null,
                today.minusDays(31), 1, false, "Họp bất thường"));
        assertThat(codes(manager, coop.id())).contains("EXTRAORDINARY_REQUEST_OVERDUE");
        convening.convene(manager, coop.id(), new Convening.NewAssembly(AssemblyKind.EXTRAORDINARY, AssemblyForm.FULL,
                MeetingMode.BOTH, null, today.plusDays(7), null, null, "Theo yêu cầu của thành viên"));
        assertThat(codes(manager, coop.id())).doesNotContain("EXTRAORDINARY_REQUEST_OVERDUE");
    }

    private java.util.List<String> codes(CurrentUser user, UUID organisation) {
        return monitoring.summary(user, organisation).alerts().stream().map(Alert::code).toList();
    }

    @Test
    void anAgendaChangeArrivesInTimeAndIsRefusedOnlyForTheLawsReasons() {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 6, 0);
        CurrentUser manager = coop.manager();
        Assembly inTen = convening.convene(manager, coop.id(), new Convening.NewAssembly(AssemblyKind.ANNUAL,
                AssemblyForm.FULL, MeetingMode.BOTH, today.getYear() - 1, today.plusDays(10), null, null, "1. Báo cáo"));
        Assembly inTwo = convening.convene(manager, coop.id(), new Convening.NewAssembly(AssemblyKind.EXTRAORDINARY,
                AssemblyForm.FULL, MeetingMode.BOTH, null, today.plusDays(2), null, null, null));
        Assembly tomorrow = convening.convene(manager, coop.id(), new Convening.NewAssembly(
                AssemblyKind.EXTRAORDINARY, AssemblyForm.FULL, MeetingMode.BOTH, null, today.plusDays(1), null, null,
                null));
        // exactly two days before the opening is in time; one day is late
        assertThat(requests.file(manager, coop.id(), new MemberRequests.NewRequest(RequestKind.AGENDA, inTwo.id(),
                today, 2, false, "Thêm mục")).status()).isEqualTo(RequestStatus.PENDING);
        AssemblyRequest late = requests.file(manager, coop.id(), new MemberRequests.NewRequest(RequestKind.AGENDA,
                tomorrow.id(), today, 2, false, "Thêm mục"));
        assertThat(late.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(late.refusalReason()).isEqualTo(RefusalReason.LATE);
        assertThatThrownBy(() -> requests.file(manager, coop.id(), new MemberRequests.NewRequest(RequestKind.AGENDA,
                inTen.id(), today, 2, true, "x"))).hasMessage("governance.request.boardOnlyExtraordinary");

        AssemblyRequest refused = requests.file(manager, coop.id(), new MemberRequests.NewRequest(RequestKind.AGENDA,
                inTen.id(), today, 2, false, "Bàn việc mua xe tải"));
        assertThatThrownBy(() -> requests.decide(manager, coop.id(), refused.id(), false, null))
                .hasMessage("governance.request.reasonRequired");
        assertThatThrownBy(() -> requests.decide(manager, coop.id(), refused.id(), false,
                RefusalReason.TOO_FEW_SIGNATURES)).hasMessage("governance.request.reasonRequired");
        assertThat(requests.decide(manager, coop.id(), refused.id(), false, RefusalReason.OUT_OF_POWER)
                .refusalReason()).isEqualTo(RefusalReason.OUT_OF_POWER);

        AssemblyRequest accepted = requests.file(manager, coop.id(), new MemberRequests.NewRequest(
                RequestKind.AGENDA, inTen.id(), today, 2, false, "3. Kế hoạch trồng chè mới"));
        GovernanceFixtures.Coop other = GovernanceFixtures.coop(jdbc, 3, 0);
        assertThatThrownBy(() -> requests.decide(other.manager(), other.id(), accepted.id(), true, null))
                .isInstanceOf(NotFound.class);
        assertThat(requests.decide(manager, coop.id(), accepted.id(), true, null).status())
                .isEqualTo(RequestStatus.ACCEPTED);
        assertThat(convening.get(manager, inTen.id()).agenda()).isEqualTo("1. Báo cáo\n3. Kế hoạch trồng chè mới");
        assertThatThrownBy(() -> requests.decide(manager, coop.id(), accepted.id(), true, null))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void aCharterVersionIsAdoptedOnlyByAPassedCharterResolutionAndEachActReadsTheVersionOfItsDay() {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 9, 0);
        CurrentUser manager = coop.manager();
        LocalDate held = today.minusDays(30);
        Assembly assembly = convening.convene(manager, coop.id(), new Convening.NewAssembly(
                AssemblyKind.EXTRAORDINARY, AssemblyForm.FULL, MeetingMode.IN_PERSON, null, held, held, null, null));
        Resolution ordinary = voting.record(manager, assembly.id(), new Voting.RecordedResolution("Sửa Điều lệ (thường)",
                ResolutionCategory.ORDINARY, ResolutionSubject.CHARTER, 9, 9, 0, 0));
        Resolution failed = voting.record(manager, assembly.id(), new Voting.RecordedResolution("Sửa Điều lệ (không đạt)",
                ResolutionCategory.SPECIAL, ResolutionSubject.CHARTER, 9, 5, 4, 0));
        Resolution passed = voting.record(manager, assembly.id(), new Voting.RecordedResolution("Sửa Điều lệ",
                ResolutionCategory.SPECIAL, ResolutionSubject.CHARTER, 9, 6, 3, 0)); // exactly two thirds
        assertThat(passed.passed()).isTrue();
        CharterSettings.CharterChange change = change(passed.id(), today.minusDays(10));
        // minutes not signed yet: refused
        assertThatThrownBy(() -> charters.adopt(manager, coop.id(), change)).hasMessage("governance.charter.noResolution");
        convening.signMinutes(manager, assembly.id(), "Chủ tọa A", "Thư ký B", null);
        assertThatThrownBy(() -> charters.adopt(manager, coop.id(), change(ordinary.id(), today)))
                .hasMessage("governance.charter.noResolution");
        assertThatThrownBy(() -> charters.adopt(manager, coop.id(), change(failed.id(), today)))
                .hasMessage("governance.charter.noResolution");
        assertThatThrownBy(() -> charters.adopt(manager, coop.id(), change(passed.id(), held.minusDays(1))))
                .hasMessage("governance.charter.beforeResolution");
        assertThat(charters.adoptable(manager, coop.id())).extracting(Resolution::id).containsExactly(passed.id());
        GovernanceFixtures.Coop other = GovernanceFixtures.coop(jdbc, 3, 0);
        assertThatThrownBy(() -> charters.adopt(other.manager(), coop.id(), change)).isInstanceOf(NotFound.class);

        Charter adopted = charters.adopt(manager, coop.id(), change);
        assertThat(adopted.adoptedBy()).isEqualTo(passed.id());
        assertThatThrownBy(() -> charters.adopt(manager, coop.id(), change(passed.id(), today)))
                .hasMessage("governance.charter.resolutionUsed");
        assertThat(charters.inForce(manager, coop.id()).id()).isEqualTo(adopted.id());

        // the same counts (5 of 9 present, 3 for): before the new version, quorum > 1/2 and ordinary > 1/2 pass;
        // from its day, quorum needs 2/3 present: not reached
        Assembly before = convening.convene(manager, coop.id(), new Convening.NewAssembly(AssemblyKind.EXTRAORDINARY,
                AssemblyForm.FULL, MeetingMode.IN_PERSON, null, today.minusDays(11), today.minusDays(11), null, null));
        Assembly after = convening.convene(manager, coop.id(), new Convening.NewAssembly(AssemblyKind.EXTRAORDINARY,
                AssemblyForm.FULL, MeetingMode.IN_PERSON, null, today.minusDays(10), today.minusDays(10), null, null));
        Resolution old = voting.record(manager, before.id(), new Voting.RecordedResolution("Kế hoạch",
                ResolutionCategory.ORDINARY, ResolutionSubject.GENERAL, 5, 3, 2, 0));
        Resolution renewed = voting.record(manager, after.id(), new Voting.RecordedResolution("Kế hoạch",
                ResolutionCategory.ORDINARY, ResolutionSubject.GENERAL, 5, 3, 2, 0));
        assertThat(old.passed()).isTrue();
        assertThat(old.charterId()).isNotEqualTo(adopted.id());
        assertThat(renewed.quorumReached()).isFalse();
        assertThat(renewed.passed()).isFalse();
        assertThat(renewed.charterId()).isEqualTo(adopted.id());
    }

    @Test
    void capitalIsRefundedOnlyAfterTheYearsAccountsAreApprovedAndNeverFromTheIndivisibleFund() {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 6, 0);
        CurrentUser manager = coop.manager();
        int year = today.getYear() - 1;
        UUID leaver = coop.officials().get(2); // capital paid 30,000,000
        UUID stayer = coop.officials().get(3);
        jdbc.sql("update organisation_members set left_on = ? where id = ?").params(LocalDate.of(year, 9, 30), leaver)
                .update();
        fund.record(manager, coop.id(), today.minusDays(1), FundSource.STATE_SUPPORT, 50_000_000, "Hỗ trợ");
        CapitalRefunding.NewRefund request = new CapitalRefunding.NewRefund(leaver, RefundReason.LEFT, 4_000_000L);

        assertThatThrownBy(() -> refunds.refund(manager, coop.id(), request))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("governance.refund.accountsNotApproved");
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                });
        LocalDate held = today.minusDays(3);
        Assembly annual = convening.convene(manager, coop.id(), new Convening.NewAssembly(AssemblyKind.ANNUAL,
                AssemblyForm.FULL, MeetingMode.IN_PERSON, year, held, held, null, null));
        voting.record(manager, annual.id(), new Voting.RecordedResolution("Báo cáo tài chính năm " + year,
                ResolutionCategory.ORDINARY, ResolutionSubject.ACCOUNTS, 5, 4, 1, 0));
        // resolution passed, minutes not signed: the accounts are not approved yet
        assertThatThrownBy(() -> refunds.refund(manager, coop.id(), request))
                .hasMessage("governance.refund.accountsNotApproved");
        convening.signMinutes(manager, annual.id(), "Chủ tọa", "Thư ký", null);

        assertThatThrownBy(() -> refunds.refund(manager, coop.id(), new CapitalRefunding.NewRefund(stayer,
                RefundReason.LEFT, 0L))).hasMessage("governance.refund.stillMember");
        assertThatThrownBy(() -> refunds.refund(manager, coop.id(), new CapitalRefunding.NewRefund(leaver,
                RefundReason.LEFT, 30_000_001L))).hasMessage("governance.refund.lossShare");
        assertThatThrownBy(() -> refunds.refund(manager, coop.id(), new CapitalRefunding.NewRefund(leaver,
                RefundReason.LEFT, -1L))).hasMessage("governance.refund.lossShare");
        assertThatThrownBy(() -> refunds.refund(coop.member(0), coop.id(), request)).isInstanceOf(Forbidden.class);

        CapitalRefund refund = refunds.refund(manager, coop.id(), request);
        assertThat(refund.capitalPaidVnd()).isEqualTo(30_000_000);
        assertThat(refund.amountVnd()).isEqualTo(26_000_000);
        assertThat(refund.fiscalYear()).isEqualTo(year);
        assertThat(refund.dueBy()).isEqualTo(today.plusMonths(6));
        assertThat(fund.of(manager, coop.id()).balanceVnd()).isEqualTo(50_000_000);
        assertThat(fund.of(manager, coop.id()).movements()).hasSize(1);
        assertThatThrownBy(() -> refunds.refund(manager, coop.id(), request)).hasMessage("governance.refund.exists");
        assertThat(refunds.of(manager, coop.id())).hasSize(1);
    }

    @Test
    void signedMinutesAreCorrectedByANewRecordThatReferencesThem() {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 4, 0);
        CurrentUser manager = coop.manager();
        LocalDate held = today.minusDays(2);
        Assembly assembly = convening.convene(manager, coop.id(), new Convening.NewAssembly(AssemblyKind.EXTRAORDINARY,
                AssemblyForm.FULL, MeetingMode.IN_PERSON, null, held, held, null, null));
        assertThatThrownBy(() -> corrections.correct(manager, assembly.id(), "Sửa", "Nhầm", "A", "B"))
                .hasMessage("governance.correction.notSigned");
        Assembly signed = convening.signMinutes(manager, assembly.id(), "Chủ tọa A", "Thư ký B", "Có 4 người dự.");
        assertThatThrownBy(() -> corrections.correct(manager, assembly.id(), " ", "Nhầm", "A", "B"))
                .hasMessage("governance.correction.text");
        assertThatThrownBy(() -> corrections.correct(manager, assembly.id(), "Sửa", "Nhầm", "A", "a"))
                .hasMessage("governance.minutes.twoSigners");
        assertThatThrownBy(() -> corrections.correct(coop.member(0), assembly.id(), "Sửa", "Nhầm", "A", "B"))
                .isInstanceOf(Forbidden.class);

        MinutesCorrection c = corrections.correct(manager, assembly.id(), "Có 3 người dự, không phải 4.",
                "Đếm nhầm", "Chủ tọa A", "Thư ký B");
        assertThat(c.assemblyId()).isEqualTo(assembly.id());
        assertThat(corrections.of(manager, assembly.id())).containsExactly(c);
        // the signed minutes themselves did not change
        Assembly after = convening.get(manager, assembly.id());
        assertThat(after.minutesText()).isEqualTo("Có 4 người dự.");
        assertThat(after.minutesSignedAt()).isEqualTo(signed.minutesSignedAt());
        assertThat(jdbc.sql("select count(*) from audit_events where action = 'governance.minutes.corrected' and subject_id = ?")
                .param(assembly.id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    private static CharterSettings.CharterChange change(UUID resolution, LocalDate effectiveOn) {
        return new CharterSettings.CharterChange(resolution, effectiveOn, GovernanceModel.FULL,
                new Threshold(2, 3, false), new Threshold(1, 2, true), new Threshold(3, 4, false), 25, 10, 20, 5, 5);
    }
}
