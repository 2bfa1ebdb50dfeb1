package vn.htxso.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.htxso.traceability.Unit;
import vn.htxso.traceability.internal.QuantityBalance.Amount;

class QuantityBalanceTests {

    private static Amount kg(String q) {
        return new Amount(new BigDecimal(q), Unit.KGM);
    }

    @Test
    void dryingLosesWeightWithoutAReason() {
        QuantityBalance.Verdict verdict = QuantityBalance.check(List.of(kg("500")), List.of(kg("110")));
        assertThat(verdict.needsReason()).isFalse();
        assertThat(verdict.loss()).isEqualByComparingTo("390");
        assertThat(QuantityBalance.accepts(verdict, null)).isTrue();
    }

    @Test
    void outputsHeavierThanInputsNeedAReason() {
        QuantityBalance.Verdict verdict = QuantityBalance.check(List.of(kg("100")),
                List.of(kg("80"), new Amount(new BigDecimal("25000"), Unit.GRM)));
        assertThat(verdict.gainsQuantity()).isTrue();
        assertThat(verdict.outputs()).isEqualByComparingTo("105");
        assertThat(QuantityBalance.accepts(verdict, " ")).isFalse();
        assertThat(QuantityBalance.accepts(verdict, "thêm 5 kg gừng")).isTrue();
    }

    @Test
    void convertsUnitsOfMassAndComparesEqualQuantities() {
        QuantityBalance.Verdict verdict = QuantityBalance.check(List.of(new Amount(BigDecimal.ONE, Unit.TNE)),
                List.of(kg("1000")));
        assertThat(verdict.comparable()).isTrue();
        assertThat(verdict.needsReason()).isFalse();
    }

    @Test
    void unitsOfDifferentKindsCannotBeComparedWithoutAReason() {
        QuantityBalance.Verdict verdict = QuantityBalance.check(List.of(kg("50")),
                List.of(new Amount(new BigDecimal("200"), Unit.H87)));
        assertThat(verdict.comparable()).isFalse();
        assertThat(QuantityBalance.accepts(verdict, null)).isFalse();
        assertThat(QuantityBalance.accepts(verdict, "200 gói 250 g")).isTrue();
    }
}
