package vn.htxso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;


class TargetsAndMaskingTests {

    @Test
    void progressShowsTheYearlyPaceNeededAndWhetherOnTrack() {
        Targets.Target htx = new Targets.Target("VN", Targets.Metric.HTX_COUNT, 2030, 45_000, 2024, 33_557L);
        Targets.Progress behind = Targets.progress(htx, 35_000, 2026);
        assertThat(behind.yearsLeft()).isEqualTo(4);
        assertThat(behind.yearlyPaceNeeded()).isEqualTo(2_500);
        assertThat(behind.expectedNow()).isEqualTo(37_371L); // 33,557 + 11,443 × 2/6
        assertThat(behind.onTrack()).isFalse();
        assertThat(Targets.progress(htx, 38_000, 2026).onTrack()).isTrue();
        assertThat(Targets.progress(htx, 46_000, 2026).yearlyPaceNeeded()).isZero();
        Targets.Target noBaseline = new Targets.Target("VN", Targets.Metric.THT_MEMBERS, 2030, 2_000_000, null, null);
        assertThat(Targets.progress(noBaseline, 10, 2026).onTrack()).isNull();
    }

    @Test
    void idNumbersAndPhonesKeepOnlyTheirLastThreeCharacters() {
        assertThat(MemberRegister.mask("040123456789")).isEqualTo("•••••••••789");
        assertThat(MemberRegister.mask("0912345678")).isEqualTo("•••••••678");
        assertThat(MemberRegister.mask(null)).isNull();
    }

    @Test
    void theLawsMinimumIsAWarningNamingTheRule() {
        assertThat(Directory.minimumMembersWarning(vn.htxso.registry.OrganisationKind.HTX, 4))
                .containsExactly("registry.rule.minimumMembers.HTX", "5", "4");
        assertThat(Directory.minimumMembersWarning(vn.htxso.registry.OrganisationKind.HTX, 5)).isNull();
        assertThat(Directory.minimumMembersWarning(vn.htxso.registry.OrganisationKind.LHHTX, 2))
                .containsExactly("registry.rule.minimumMembers.LHHTX", "3", "2");
    }
}
