package vn.htxso.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.htxso.traceability.Standard;
import vn.htxso.traceability.internal.PhiRule.Outcome;
import vn.htxso.traceability.internal.PhiRule.Spraying;

class PhiRuleTests {

    private static final LocalDate SPRAYED = LocalDate.of(2026, 10, 1);
    private static final Spraying ABAMECTIN = new Spraying("Abamectin 3.6EC", SPRAYED, 7);

    @Test
    void blocksAVietGapHarvestInsideTheIntervalAndSaysHowLong() {
        PhiRule.Verdict verdict = PhiRule.check(Standard.VIETGAP, SPRAYED.plusDays(3), List.of(ABAMECTIN));
        assertThat(verdict.outcome()).isEqualTo(Outcome.BLOCKED);
        PhiRule.Conflict conflict = verdict.worst();
        assertThat(conflict.product()).isEqualTo("Abamectin 3.6EC");
        assertThat(conflict.appliedOn()).isEqualTo(SPRAYED);
        assertThat(conflict.daysLeft()).isEqualTo(4);
        assertThat(conflict.safeFrom()).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void organicBlocksTooAndNoStandardOnlyFlags() {
        assertThat(PhiRule.check(Standard.ORGANIC, SPRAYED.plusDays(6), List.of(ABAMECTIN)).outcome())
                .isEqualTo(Outcome.BLOCKED);
        PhiRule.Verdict none = PhiRule.check(Standard.NONE, SPRAYED.plusDays(6), List.of(ABAMECTIN));
        assertThat(none.outcome()).isEqualTo(Outcome.FLAGGED);
        assertThat(none.worst().daysLeft()).isEqualTo(1);
    }

    @Test
    void clearsOnTheDayTheIntervalEndsAndIgnoresLaterOrIntervalFreeInputs() {
        assertThat(PhiRule.check(Standard.VIETGAP, SPRAYED.plusDays(7), List.of(ABAMECTIN)).outcome())
                .isEqualTo(Outcome.CLEAR);
        assertThat(PhiRule.check(Standard.VIETGAP, SPRAYED.minusDays(1), List.of(ABAMECTIN)).outcome())
                .as("a spraying after the harvest day does not count").isEqualTo(Outcome.CLEAR);
        assertThat(PhiRule.check(Standard.VIETGAP, SPRAYED, List.of(new Spraying("Bio", SPRAYED, 0))).outcome())
                .isEqualTo(Outcome.CLEAR);
    }

    @Test
    void namesThePesticideThatEndsLast() {
        Spraying longer = new Spraying("Cypermethrin 10EC", SPRAYED.minusDays(2), 14);
        PhiRule.Verdict verdict = PhiRule.check(Standard.VIETGAP, SPRAYED.plusDays(2), List.of(ABAMECTIN, longer));
        assertThat(verdict.conflicts()).hasSize(2);
        assertThat(verdict.worst().product()).isEqualTo("Cypermethrin 10EC");
        assertThat(verdict.worst().daysLeft()).isEqualTo(10);
    }
}
