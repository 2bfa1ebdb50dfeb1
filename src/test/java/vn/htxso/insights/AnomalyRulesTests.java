package vn.htxso.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.htxso.registry.AnnualFigures.Figures;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.Sector;
import vn.htxso.registry.SizeClass;

/** The anomaly rules on hand-made reports, and the modified z-score on a hand-computed example. */
class AnomalyRulesTests {

    final AnomalyRules rules = new AnomalyRules(InsightsProperties.defaults());

    @Test
    void modifiedZScoreByHand() {
        // Iglewicz & Hoaglin (1993): M = 0.6745 (x − median) / MAD. Values 2, 3, 3, 4, 4, 5, 5, 6, 7, 30:
        // median 4.5; |x − 4.5| = 2.5, 1.5, 1.5, 0.5, 0.5, 0.5, 0.5, 1.5, 2.5, 25.5 → MAD = median = 1.5.
        // M(30) = 0.6745 · 25.5 / 1.5 = 11.4665 (> 3.5: an outlier); M(7) = 0.6745 · 2.5 / 1.5 = 1.1242.
        RobustScore score = RobustScore.of(new double[] {2, 3, 3, 4, 4, 5, 5, 6, 7, 30});
        assertThat(score.median()).isEqualTo(4.5);
        assertThat(score.mad()).isEqualTo(1.5);
        assertThat(score.score(30)).isCloseTo(11.4665, within(1e-4));
        assertThat(score.score(7)).isCloseTo(1.124167, within(1e-6));
        assertThat(RobustScore.of(new double[] {5, 5, 5, 5, 9}).score(9)).as("MAD 0: no scale").isNaN();
    }

    @Test
    void hardChecksNameTheirRuleFiguresAndThreshold() {
        Figures few = report("A", OrganisationKind.HTX, 3, 2, 1, 500_000_000L, 100_000_000L, null, null);
        Figures capital = report("B", OrganisationKind.HTX, 10, 5, 5, 500_000_000L, 100_000_000L, 120_000_000L,
                35_000_000L);
        Figures workers = report("C", OrganisationKind.HTX, 10, 20, 12, 500_000_000L, 100_000_000L, null, null);
        Figures empty = report("D", OrganisationKind.HTX, 0, 0, 0, 90_000_000L, 100_000_000L, null, null);
        Figures union = report("E", OrganisationKind.LHHTX, 4, 5, 0, 500_000_000L, 100_000_000L, 90_000_000L,
                35_000_000L);
        List<AnomalyFlag> flags = rules.check(List.of(few, capital, workers, empty, union), Map.of(), List.of());

        assertThat(flags).extracting(AnomalyFlag::registrationNo, AnomalyFlag::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("A", AnomalyRules.MEMBERS_BELOW_MINIMUM),
                org.assertj.core.groups.Tuple.tuple("B", AnomalyRules.MEMBER_CAPITAL_CAP),
                org.assertj.core.groups.Tuple.tuple("B", AnomalyRules.PAID_IN_ABOVE_CHARTER),
                org.assertj.core.groups.Tuple.tuple("C", AnomalyRules.MEMBER_WORKERS_ABOVE_MEMBERS),
                org.assertj.core.groups.Tuple.tuple("D", AnomalyRules.MEMBERS_BELOW_MINIMUM),
                org.assertj.core.groups.Tuple.tuple("D", AnomalyRules.REVENUE_WITHOUT_PEOPLE));
        AnomalyFlag cap = flags.stream().filter(f -> f.rule().equals(AnomalyRules.MEMBER_CAPITAL_CAP)).findFirst()
                .orElseThrow();
        assertThat(cap.values()).containsEntry("largestMemberVnd", 35_000_000L)
                .containsEntry("charterCapitalVnd", 100_000_000L);
        assertThat(cap.threshold()).isEqualTo(30);
        // the union's cap is 40 %: 35 of 100 is within it; 4 member co-ops are above its minimum of 3
        assertThat(flags).noneMatch(f -> f.registrationNo().equals("E"));
    }

    @Test
    void changeChecksUseTheConfiguredMultipliers() {
        Figures before = report("F", OrganisationKind.HTX, 20, 10, 5, 1_000_000_000L, 200_000_000L, null, null);
        Figures after = report("F", OrganisationKind.HTX, 32, 10, 5, 3_500_000_000L, 2_000_000_000L, null, null);
        Figures within = report("F", OrganisationKind.HTX, 28, 10, 5, 2_900_000_000L, 300_000_000L, null, null);
        Map<UUID, Figures> previous = Map.of(before.organisationId(), before);

        assertThat(rules.check(List.of(after), previous, List.of())).extracting(AnomalyFlag::rule)
                .containsExactlyInAnyOrder(AnomalyRules.REVENUE_JUMP, AnomalyRules.MEMBERS_JUMP,
                        AnomalyRules.CAPITAL_PER_MEMBER_JUMP);
        assertThat(rules.check(List.of(within), previous, List.of())).isEmpty();
        InsightsProperties strict = new InsightsProperties(2, 0.3, 3, 0.2, 5, 3.5, 10, 20, 20, 2, 999, 1, 2);
        assertThat(new AnomalyRules(strict).check(List.of(within), previous, List.of())).extracting(AnomalyFlag::rule)
                .containsExactlyInAnyOrder(AnomalyRules.REVENUE_JUMP, AnomalyRules.MEMBERS_JUMP);
    }

    @Test
    void peerCheckUsesLocalPeersAndFallsBackToNationalOnesUnderTen() {
        List<Figures> national = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            national.add(report("N" + i, "15", 10, 1_000_000_000L + i * 20_000_000L));
        }
        Figures outlierFewLocal = report("X", "40", 10, 9_000_000_000L);
        national.add(outlierFewLocal);
        List<AnomalyFlag> flags = rules.check(List.of(outlierFewLocal), Map.of(), national);
        assertThat(flags).extracting(AnomalyFlag::rule).containsExactly(AnomalyRules.PEER_REVENUE_PER_MEMBER_NATIONAL);
        assertThat(flags.get(0).values()).containsEntry("peers", 13);
        assertThat(flags.get(0).threshold()).isEqualTo(3.5);

        for (int i = 0; i < 10; i++) {
            national.add(report("L" + i, "40", 10, 1_000_000_000L + i * 10_000_000L));
        }
        assertThat(rules.check(List.of(outlierFewLocal), Map.of(), national)).extracting(AnomalyFlag::rule)
                .containsExactly(AnomalyRules.PEER_REVENUE_PER_MEMBER);
        assertThat(rules.check(List.of(national.get(3)), Map.of(), national)).isEmpty();
    }

    static Figures report(String no, OrganisationKind kind, int members, int workers, int memberWorkers, Long revenue,
                          Long charter, Long paidIn, Long largest) {
        return new Figures(UUID.nameUUIDFromBytes(no.getBytes()), no, "HTX " + no, kind, "40", Sector.AGRICULTURE,
                SizeClass.SMALL, 2025, members, workers, memberWorkers, revenue, charter, null, paidIn, largest);
    }

    static Figures report(String no, String province, int members, long revenue) {
        return new Figures(UUID.nameUUIDFromBytes(no.getBytes()), no, "HTX " + no, OrganisationKind.HTX, province,
                Sector.AGRICULTURE, SizeClass.SMALL, 2025, members, 5, 2, revenue, 500_000_000L, null, null, null);
    }
}
