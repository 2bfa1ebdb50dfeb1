package vn.htxso.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Gs1Tests {

    @Test
    void computesTheCheckDigitOfKnownKeys() {
        assertThat(Gs1.checkDigit("400638133393")).isEqualTo(1);   // GTIN-13 4006381333931
        assertThat(Gs1.checkDigit("03600029145")).isEqualTo(2);    // UPC-A (GTIN-12) 036000291452
        assertThat(Gs1.checkDigit("978030640615")).isEqualTo(7);   // ISBN-13 9780306406157
        assertThat(Gs1.checkDigit("0061414100001")).isEqualTo(2);  // GTIN-14 0 0614141 00001 ?
    }

    @Test
    void acceptsValidKeysAndRefusesAWrongCheckDigit() {
        assertThat(Gs1.hasValidCheckDigit("4006381333931")).isTrue();
        assertThat(Gs1.hasValidCheckDigit("4006381333932")).isFalse();
        assertThat(Gs1.isGtin14("00614141000012")).isTrue();
        assertThat(Gs1.isGtin14("00614141000013")).isFalse();
        assertThat(Gs1.isGtin14("4006381333931")).as("13 digits is not a GTIN-14").isFalse();
        assertThat(Gs1.isGtin14("0061414100001x")).isFalse();
        assertThat(Gs1.toGtin14("4006381333931")).isEqualTo("04006381333931");
        assertThat(Gs1.toGtin14("4006381333930")).isNull();
    }

    @Test
    void buildsGtin14SsccAndGlnFromACompanyPrefix() {
        assertThat(Gs1.gtin14(0, "0614141", 1)).isEqualTo("00614141000012");
        assertThat(Gs1.gtin14(1, "0614141", 1)).hasSize(14).startsWith("106141410000").satisfies(
                g -> assertThat(Gs1.hasValidCheckDigit(g)).isTrue());
        String sscc = Gs1.sscc(0, "8938500", 42);
        assertThat(sscc).hasSize(18).startsWith("08938500000000042");
        assertThat(Gs1.hasValidCheckDigit(sscc)).isTrue();
        assertThat(Gs1.gln("8938500", 0)).hasSize(13).satisfies(g -> assertThat(Gs1.hasValidCheckDigit(g)).isTrue());
    }

    @Test
    void refusesAPrefixOrReferenceThatDoesNotFit() {
        assertThatThrownBy(() -> Gs1.gtin14(0, "12345", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gs1.gtin14(0, "8938500", 100_000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Gs1.isLotNumber("261115-1")).isTrue();
        assertThat(Gs1.isLotNumber("a/b")).isFalse();
        assertThat(Gs1.isLotNumber("x".repeat(21))).isFalse();
    }
}
