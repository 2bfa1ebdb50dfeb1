package vn.htxso.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.htxso.governance.internal.GovernanceRules;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.SizeClass;

/** The law's rules at their boundaries, with the default charter (quorum > 1/2, ordinary > 1/2, special >= 2/3). */
class GovernanceRulesTests {

    static final Charter DEFAULTS = new Charter(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2024, 7, 1), null,
            GovernanceModel.FULL, new Threshold(1, 2, true), new Threshold(1, 2, true), new Threshold(2, 3, false),
            20, 10, 20, 5, 5, "17/2023/QH15");

    @Test
    void delegatesFromFiftyOfficialMembers() {
        assertThat(GovernanceRules.delegatesAllowed(49, 50)).isFalse();
        assertThat(GovernanceRules.delegatesAllowed(50, 50)).isTrue();
    }

    @Test
    void quorumNeedsMoreThanHalfPresent() {
        assertThat(GovernanceRules.outcome(DEFAULTS, ResolutionCategory.ORDINARY, 30, 15, 15).quorumReached()).isFalse();
        assertThat(GovernanceRules.outcome(DEFAULTS, ResolutionCategory.ORDINARY, 30, 16, 16).quorumReached()).isTrue();
        assertThat(GovernanceRules.outcome(DEFAULTS, ResolutionCategory.ORDINARY, 31, 16, 16).quorumReached()).isTrue();
        assertThat(GovernanceRules.outcome(DEFAULTS, ResolutionCategory.ORDINARY, 0, 0, 0).quorumReached()).isFalse();
    }

    @Test
    void anOrdinaryResolutionNeedsMoreThanHalfOfThosePresent() {
        assertThat(GovernanceRules.outcome(DEFAULTS, ResolutionCategory.ORDINARY, 30, 20, 10).passed()).isFalse();
        assertThat(GovernanceRules.outcome(DEFAULTS, ResolutionCategory.ORDINARY, 30, 20, 11).passed()).isTrue();
        // a majority without quorum does not pass
        assertThat(GovernanceRules.outcome(DEFAULTS, ResolutionCategory.ORDINARY, 30, 15, 15).passed()).isFalse();
    }

    @Test
    void aSpecialResolutionPassesWithExactlyTwoThirds() {
        assertThat(GovernanceRules.outcome(DEFAULTS, ResolutionCategory.SPECIAL, 30, 30, 20).passed()).isTrue();
        assertThat(GovernanceRules.outcome(DEFAULTS, ResolutionCategory.SPECIAL, 30, 30, 19).passed()).isFalse();
        assertThat(GovernanceRules.outcome(DEFAULTS, ResolutionCategory.SPECIAL, 30, 21, 14).passed()).isTrue();
        assertThat(GovernanceRules.outcome(DEFAULTS, ResolutionCategory.SPECIAL, 30, 22, 14).passed()).isFalse();
        assertThat(new Threshold(2, 3, false).percent()).hasToString("66.67");
        assertThat(new Threshold(1, 2, true).percent()).hasToString("50");
    }

    @Test
    void aCharterThatAsksThreeQuartersIsReadFromItsVersion() {
        Charter strict = new Charter(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2025, 1, 1), UUID.randomUUID(),
                GovernanceModel.FULL, new Threshold(3, 4, false), new Threshold(1, 2, true), new Threshold(3, 4, false),
                20, 10, 20, 5, 5, "17/2023/QH15");
        assertThat(GovernanceRules.outcome(strict, ResolutionCategory.ORDINARY, 40, 29, 29).quorumReached()).isFalse();
        assertThat(GovernanceRules.outcome(strict, ResolutionCategory.ORDINARY, 40, 30, 16).passed()).isTrue();
        assertThat(GovernanceRules.outcome(strict, ResolutionCategory.SPECIAL, 40, 40, 29).passed()).isFalse();
        assertThat(GovernanceRules.outcome(strict, ResolutionCategory.SPECIAL, 40, 40, 30).passed()).isTrue();
    }

    @Test
    void countsMustAddUp() {
        assertThat(GovernanceRules.countsProblem(10, 10, 10, 0, 0)).isNull();
        assertThat(GovernanceRules.countsProblem(10, 11, 1, 0, 0)).isEqualTo("governance.resolution.presentOverEligible");
        assertThat(GovernanceRules.countsProblem(10, 5, 3, 2, 1)).isEqualTo("governance.resolution.votesOverPresent");
        assertThat(GovernanceRules.countsProblem(10, 5, -1, 0, 0)).isEqualTo("governance.resolution.negative");
    }

    @Test
    void boardOfThreeToFifteen() {
        assertThat(GovernanceRules.boardSizeAllowed(2, 3, 15)).isFalse();
        assertThat(GovernanceRules.boardSizeAllowed(3, 3, 15)).isTrue();
        assertThat(GovernanceRules.boardSizeAllowed(15, 3, 15)).isTrue();
        assertThat(GovernanceRules.boardSizeAllowed(16, 3, 15)).isFalse();
    }

    @Test
    void aTermOfFiveYearsButNotADayMore() {
        LocalDate start = LocalDate.of(2024, 3, 28);
        assertThat(GovernanceRules.termAllowed(start, start.plusYears(5), 5)).isTrue();
        assertThat(GovernanceRules.termAllowed(start, start.plusYears(5).plusDays(1), 5)).isFalse();
        assertThat(GovernanceRules.termAllowed(start, start, 5)).isFalse();
    }

    @Test
    void theAnnualAssemblyWithinFourMonthsOfTheYearEnd() {
        assertThat(GovernanceRules.annualDeadline(2025, 4)).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void requestsByAThirdOfOfficialMembersInTime() {
        assertThat(GovernanceRules.requestSigned(10, 30)).isTrue();
        assertThat(GovernanceRules.requestSigned(9, 30)).isFalse();
        assertThat(GovernanceRules.requestSigned(11, 31)).isTrue(); // ceil(31/3) = 11
        assertThat(GovernanceRules.requestSigned(10, 31)).isFalse();
        LocalDate opens = LocalDate.of(2026, 4, 20);
        assertThat(GovernanceRules.agendaChangeInTime(LocalDate.of(2026, 4, 18), opens, 2)).isTrue();
        assertThat(GovernanceRules.agendaChangeInTime(LocalDate.of(2026, 4, 19), opens, 2)).isFalse();
    }

    @Test
    void theFullModelIsRequiredAboveMicro() {
        assertThat(GovernanceRules.fullModelRequired(OrganisationKind.HTX, SizeClass.MICRO, 40)).isFalse();
        assertThat(GovernanceRules.fullModelRequired(OrganisationKind.HTX, SizeClass.SMALL, 40)).isTrue();
        assertThat(GovernanceRules.fullModelRequired(OrganisationKind.LHHTX, null, 9)).isFalse();
        assertThat(GovernanceRules.fullModelRequired(OrganisationKind.LHHTX, null, 10)).isTrue();
    }

    @Test
    void largestRemainderGivesTheLeftoverVndToTheLargestFractions() {
        // 100 VND by 1:1:1 -> 33.33 each: the whole parts give 99, the one left goes to the first (ties by order)
        assertThat(GovernanceRules.largestRemainder(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
        // 10 VND by 3:3:4 -> 3, 3, 4 exactly; by 1:2:4 -> 1.43, 2.86, 5.71 -> 1, 3, 6 (remainders .86 and .71 win)
        assertThat(GovernanceRules.largestRemainder(10, new long[] {3, 3, 4})).containsExactly(3, 3, 4);
        assertThat(GovernanceRules.largestRemainder(10, new long[] {1, 2, 4})).containsExactly(1, 3, 6);
        long[] big = GovernanceRules.largestRemainder(70_000_003, new long[] {10_000_000, 20_000_000, 30_000_000});
        assertThat(Arrays.stream(big).sum()).isEqualTo(70_000_003);
        assertThat(big).containsExactly(11_666_667, 23_333_334, 35_000_002);
        assertThat(GovernanceRules.largestRemainder(5, new long[] {0, 0})).containsExactly(0, 0);
        assertThat(GovernanceRules.share(100_000_003, 20)).isEqualTo(20_000_000);
    }
}
