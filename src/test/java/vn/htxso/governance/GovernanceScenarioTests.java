package vn.htxso.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.Race;

/** An annual assembly from convening to signed minutes; online votes, secret ballots, officers, the fund. */
@DemoMvcTest
class GovernanceScenarioTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Convening convening;
    @Autowired
    Voting voting;
    @Autowired
    VoteResults results;
    @Autowired
    Monitoring monitoring;
    @Autowired
    OfficerElections elections;
    @Autowired
    IndivisibleFund fund;
    @Autowired
    GovernanceFigures figures;

    @Test
    void anAnnualAssemblyFromConveningToSignedMinutes() {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 6, 2);
        CurrentUser manager = coop.manager();
        assertThat(codes(manager, coop.id())).contains("ANNUAL_ASSEMBLY_OVERDUE");
        LocalDate today = LocalDate.now(vn.htxso.platform.VnFormat.ZONE);
        Assembly assembly = convening.convene(manager, coop.id(), new Convening.NewAssembly(AssemblyKind.ANNUAL,
                AssemblyForm.FULL, MeetingMode.BOTH, today.getYear() - 1, today, null, null, "1. Báo cáo tài chính"));
        assertThat(assembly.eligibleVoters()).isEqualTo(6);
        assertThat(assembly.fiscalYear()).isEqualTo(today.getYear() - 1);

        // attendance: a member by the door code, the secretary ticks others and an associate (who never votes)
        CurrentUser[] members = new CurrentUser[6];
        for (int i = 0; i < 6; i++) {
            members[i] = coop.member(i);
            GovernanceFixtures.link(jdbc, members[i], coop.id(), coop.officials().get(i));
        }
        CurrentUser associate = coop.member(99);
        GovernanceFixtures.link(jdbc, associate, coop.id(), coop.associates().get(0));
        assertThatThrownBy(() -> convening.checkIn(members[0], assembly.id(), "WRONG1"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.attendance.wrongCode");
        convening.checkIn(members[0], assembly.id(), assembly.checkInCode().toLowerCase());
        convening.checkIn(members[0], assembly.id(), assembly.checkInCode()); // twice counts once
        convening.tick(manager, assembly.id(), coop.officials().get(1));
        convening.tick(manager, assembly.id(), coop.associates().get(0));
        Convening.Attendance attendance = convening.attendance(manager, assembly.id());
        assertThat(attendance.officialPresent()).isEqualTo(2);
        assertThat(attendance.associatesPresent()).isEqualTo(1);

        // an open online vote: change until the close; associates never vote; nothing after the close
        Resolution vote = voting.open(manager, assembly.id(), "Kế hoạch sản xuất", ResolutionCategory.ORDINARY,
                ResolutionSubject.GENERAL);
        assertThat(voting.cast(members[0], vote.id(), Choice.AGAINST)).isFalse();
        assertThat(voting.cast(members[0], vote.id(), Choice.FOR)).isTrue();
        voting.cast(members[1], vote.id(), Choice.FOR);
        voting.cast(members[2], vote.id(), Choice.ABSTAIN);
        assertThatThrownBy(() -> voting.cast(associate, vote.id(), Choice.FOR))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("governance.vote.associate");
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                });
        voting.addPaper(manager, vote.id(), 1, 0, 0);
        assertThatThrownBy(() -> voting.addPaper(manager, vote.id(), 3, 0, 0))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.vote.overEligible");
        VoteResults.LiveVote live = results.live(members[0], vote.id());
        assertThat(live.myChoice()).contains(Choice.FOR);
        assertThat(live.mayStillVote()).isEqualTo(2);
        assertThat(results.live(manager, vote.id()).stillToVote()).hasSize(3);
        assertThatThrownBy(() -> convening.markHeld(manager, assembly.id(), today.plusDays(1)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.assembly.heldInFuture");
        convening.markHeld(manager, assembly.id(), today);
        assertThatThrownBy(() -> convening.signMinutes(manager, assembly.id(), "Chủ tọa", "Thư ký", null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.minutes.openVotes");
        Resolution closed = voting.close(manager, vote.id());
        // 4 ballots of 6 (3 online + 1 paper): quorum; 3 for of 4: passed
        assertThat(closed.present()).isEqualTo(4);
        assertThat(closed.votesFor()).isEqualTo(3);
        assertThat(closed.quorumReached()).isTrue();
        assertThat(closed.passed()).isTrue();
        assertThatThrownBy(() -> voting.cast(members[3], vote.id(), Choice.FOR))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.vote.closed");

        assertThatThrownBy(() -> convening.signMinutes(manager, assembly.id(), "Lê Văn A", "lê văn a", null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.minutes.twoSigners");
        assertThatThrownBy(() -> convening.signMinutes(members[0], assembly.id(), "A", "B", null))
                .isInstanceOf(vn.htxso.platform.Forbidden.class);
        Assembly signed = convening.signMinutes(manager, assembly.id(), "Lê Văn A", "Trần Thị B", "Đại hội đã họp.");
        assertThat(signed.signed()).isTrue();
        // signed minutes never change: no new resolution, vote, held day or second signature
        assertThatThrownBy(() -> voting.record(manager, assembly.id(), new Voting.RecordedResolution("Sửa",
                ResolutionCategory.ORDINARY, ResolutionSubject.GENERAL, 1, 1, 0, 0)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.minutes.signed");
        assertThatThrownBy(() -> convening.signMinutes(manager, assembly.id(), "X", "Y", null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.minutes.signed");
        assertThatThrownBy(() -> convening.markHeld(manager, assembly.id(), today))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.minutes.signed");
        assertThat(codes(manager, coop.id())).doesNotContain("ANNUAL_ASSEMBLY_OVERDUE", "ANNUAL_ASSEMBLY_DUE",
                "MINUTES_UNSIGNED");
        assertThat(monitoring.summary(manager, coop.id()).lastAnnualAssemblyOn()).isEqualTo(today);
        // held today for last year: on time only until the end of April
        boolean inTime = !today.isAfter(LocalDate.of(today.getYear(), 4, 30));
        assertThat(figures.annualAssemblyOnTime(List.of(coop.id(), UUID.randomUUID()), today.getYear()))
                .containsEntry(coop.id(), inTime).hasSize(2);
        assertThat(jdbc.sql("select count(*) from audit_events where organisation_id = ? and action like 'governance.%'")
                .param(coop.id()).query(Integer.class).single()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aSecretBallotKeepsOnlyThatAMemberVoted() {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 3, 0);
        Assembly assembly = convening.convene(coop.manager(), coop.id(), new Convening.NewAssembly(
                AssemblyKind.EXTRAORDINARY, AssemblyForm.FULL, MeetingMode.ONLINE, null, LocalDate.now(vn.htxso.platform.VnFormat.ZONE), null, null, null));
        Resolution election = voting.open(coop.manager(), assembly.id(), "Bầu kiểm soát viên",
                ResolutionCategory.ORDINARY, ResolutionSubject.ELECTION);
        assertThat(election.secret()).isTrue();
        CurrentUser member = coop.member(0);
        GovernanceFixtures.link(jdbc, member, coop.id(), coop.officials().get(0));
        voting.cast(member, election.id(), Choice.AGAINST);
        assertThatThrownBy(() -> voting.cast(member, election.id(), Choice.FOR))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.vote.secretOnce");
        assertThat(results.live(member, election.id()).iVoted()).isTrue();
        assertThat(results.live(member, election.id()).myChoice()).isEmpty();
        // no row anywhere holds this member's choice: open ballots are empty, voters carry no choice
        assertThat(jdbc.sql("select count(*) from governance_ballots where resolution_id = ?").param(election.id())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select * from governance_secret_voters where resolution_id = ?").param(election.id())
                .query((rs, i) -> rs.getMetaData().getColumnCount()).single()).isEqualTo(2);
        assertThat(jdbc.sql("select votes_against from governance_secret_tallies where resolution_id = ?")
                .param(election.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_events where subject_id = ? and (details like '%AGAINST%')")
                .param(election.id().toString()).query(Integer.class).single()).isZero();
    }

    @Test
    void parallelBallotsFromOneMemberCountOnce() throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 5, 0);
        Assembly assembly = convening.convene(coop.manager(), coop.id(), new Convening.NewAssembly(
                AssemblyKind.EXTRAORDINARY, AssemblyForm.FULL, MeetingMode.ONLINE, null, LocalDate.now(vn.htxso.platform.VnFormat.ZONE), null, null, null));
        Resolution open = voting.open(coop.manager(), assembly.id(), "Mở", ResolutionCategory.ORDINARY,
                ResolutionSubject.GENERAL);
        Resolution secret = voting.open(coop.manager(), assembly.id(), "Kín", ResolutionCategory.ORDINARY,
                ResolutionSubject.ELECTION);
        CurrentUser member = coop.member(0);
        GovernanceFixtures.link(jdbc, member, coop.id(), coop.officials().get(0));
        AtomicInteger refused = new AtomicInteger();
        Race.run(16, 8, number -> {
            Choice choice = number % 2 == 0 ? Choice.FOR : Choice.AGAINST;
            UUID target = number < 8 ? open.id() : secret.id();
            try {
                voting.cast(member, target, choice);
            } catch (BusinessRuleViolation e) {
                refused.incrementAndGet();
            }
        });
        assertThat(jdbc.sql("select count(*) from governance_ballots where resolution_id = ?").param(open.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(results.live(coop.manager(), open.id()).resolution().present()).isEqualTo(1);
        assertThat(jdbc.sql("select votes_for + votes_against + abstentions from governance_secret_tallies where resolution_id = ?")
                .param(secret.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from governance_secret_voters where resolution_id = ?").param(secret.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(refused.get()).isEqualTo(7); // the seven later secret ballots
    }

    @Test
    void officersAreElectedByAPassedElectionWithinTheLawsLimits() {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 20, 0);
        LocalDate held = LocalDate.now(vn.htxso.platform.VnFormat.ZONE).minusDays(10);
        Assembly assembly = convening.convene(coop.manager(), coop.id(), new Convening.NewAssembly(AssemblyKind.ANNUAL,
                AssemblyForm.FULL, MeetingMode.IN_PERSON, null, held, held, null, null));
        Resolution failed = voting.record(coop.manager(), assembly.id(), new Voting.RecordedResolution("Bầu (không đạt)",
                ResolutionCategory.ORDINARY, ResolutionSubject.ELECTION, 12, 6, 6, 0));
        Resolution passed = voting.record(coop.manager(), assembly.id(), new Voting.RecordedResolution("Bầu HĐQT",
                ResolutionCategory.ORDINARY, ResolutionSubject.ELECTION, 12, 7, 5, 0));
        assertThatThrownBy(() -> elections.elect(coop.manager(), coop.id(), new OfficerElections.NewOfficer(
                OfficerRole.BOARD_MEMBER, "A", null, held, held.plusYears(5), failed.id())))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.officer.notElected");
        assertThatThrownBy(() -> elections.elect(coop.manager(), coop.id(), new OfficerElections.NewOfficer(
                OfficerRole.BOARD_MEMBER, "A", null, held, held.plusYears(5).plusDays(1), passed.id())))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.officer.term");
        for (int i = 0; i < 2; i++) {
            elections.elect(coop.manager(), coop.id(), new OfficerElections.NewOfficer(OfficerRole.BOARD_MEMBER,
                    "Thành viên HĐQT " + i, null, held, held.plusYears(5), passed.id()));
        }
        assertThat(codes(coop.manager(), coop.id())).contains("BOARD_SIZE"); // 2 < 3
        elections.elect(coop.manager(), coop.id(), new OfficerElections.NewOfficer(OfficerRole.BOARD_CHAIR,
                "Chủ tịch", null, held, held.plusYears(5), passed.id()));
        assertThat(codes(coop.manager(), coop.id())).doesNotContain("BOARD_SIZE"); // 3
        for (int i = 3; i < 15; i++) {
            elections.elect(coop.manager(), coop.id(), new OfficerElections.NewOfficer(OfficerRole.BOARD_MEMBER,
                    "Thành viên HĐQT " + i, null, held, held.plusYears(5), passed.id()));
        }
        assertThatThrownBy(() -> elections.elect(coop.manager(), coop.id(), new OfficerElections.NewOfficer(
                OfficerRole.BOARD_MEMBER, "Thứ 16", null, held, held.plusYears(5), passed.id())))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.officer.boardFull");
        assertThat(elections.of(coop.manager(), coop.id())).hasSize(15);
    }

    @Test
    void theIndivisibleFundNeverGoesBelowZero() {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 3, 0);
        LocalDate day = LocalDate.now(vn.htxso.platform.VnFormat.ZONE).minusDays(1);
        fund.record(coop.manager(), coop.id(), day, FundSource.STATE_SUPPORT, 10_000_000, "Hỗ trợ");
        assertThatThrownBy(() -> fund.record(coop.manager(), coop.id(), day, FundSource.INVESTMENT, -10_000_001, "Mua"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.fund.negative");
        assertThatThrownBy(() -> fund.record(coop.manager(), coop.id(), day, FundSource.GIFT, -5, "Rút"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("governance.fund.sign");
        fund.record(coop.manager(), coop.id(), day, FundSource.INVESTMENT, -10_000_000, "Mua máy");
        assertThat(fund.of(coop.manager(), coop.id()).balanceVnd()).isZero();
    }

    private List<String> codes(CurrentUser user, UUID organisation) {
        return monitoring.summary(user, organisation).alerts().stream().map(Alert::code).toList();
    }
}
