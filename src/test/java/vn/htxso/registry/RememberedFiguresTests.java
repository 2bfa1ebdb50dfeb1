package vn.htxso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.htxso.platform.CurrentUser;
import vn.htxso.support.DemoMvcTest;

/** Figures, targets and the communes of the filters are remembered, and a change on this node is seen at once. */
@DemoMvcTest
class RememberedFiguresTests {

    @Autowired Targets targets;
    @Autowired RegistryCommunes communes;
    @Autowired CooperativeStatistics statistics;
    @Autowired OrganisationEditing editing;

    @Test
    void aTargetJustSetIsReadThoughTheListWasRemembered() {
        CurrentUser admin = ImportJobsTests.ADMIN;
        targets.targets(Targets.NATIONAL);
        long value = 40_000 + ThreadLocalRandom.current().nextInt(10_000);
        int year = targets.thisYear() + 3;

        targets.set(admin, Targets.NATIONAL, Targets.Metric.HTX_COUNT, year, value);

        assertThat(targets.targets(Targets.NATIONAL)).anySatisfy(t -> {
            assertThat(t.metric()).isEqualTo(Targets.Metric.HTX_COUNT);
            assertThat(t.targetYear()).isEqualTo(year);
            assertThat(t.targetValue()).isEqualTo(value);
        });
    }

    @Test
    void aNewOrganisationCountsAndItsCommuneIsOfferedAtOnce() {
        CurrentUser admin = ImportJobsTests.ADMIN;
        long before = statistics.counts("40").total();
        String commune = "Xã Thử Nghiệm " + ThreadLocalRandom.current().nextInt(1_000_000);
        assertThat(communes.forFilter(admin, "40", null)).doesNotContain(commune);

        editing.create(admin, new OrganisationEditing.NewOrganisation(
                "77" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)), "HTX Ghi nhớ số liệu",
                OrganisationKind.HTX, "40", commune, Sector.AGRICULTURE, java.time.LocalDate.of(2024, 3, 1), 7, null));

        assertThat(statistics.counts("40").total()).isEqualTo(before + 1);
        assertThat(communes.forFilter(admin, "40", null)).contains(commune);
    }
}
