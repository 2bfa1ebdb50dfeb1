package vn.htxso.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Certificate codes: long enough, from an alphabet without look-alikes, and (practically) never repeated. */
class CertificateCodesTests {

    @Test
    void theAlphabetHas32SymbolsWithout0O1I() {
        assertThat(CertificateCodes.ALPHABET).hasSize(32).doesNotContain("0", "O", "1", "I");
        assertThat(CertificateCodes.ALPHABET.chars().distinct().count()).isEqualTo(32);
    }

    @Test
    void codesAreAtLeastTenSymbolsOfTheAlphabet() {
        CertificateCodes codes = new CertificateCodes();
        for (int i = 0; i < 2000; i++) {
            String code = codes.next();
            assertThat(code).hasSizeGreaterThanOrEqualTo(10).matches("[2-9A-HJ-NP-Z]+");
        }
    }

    @Test
    void fiftyThousandCodesAreAllDifferent() {
        CertificateCodes codes = new CertificateCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            assertThat(seen.add(codes.next())).isTrue();
        }
    }

    @Test
    void everySymbolIsUsed() {
        CertificateCodes codes = new CertificateCodes(new SplittableRandom(7));
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            codes.next().chars().forEach(c -> used.add((char) c));
        }
        assertThat(used).hasSize(32);
    }

    @Test
    void typedCodesAreNormalisedAndImpossibleOnesRejected() {
        assertThat(CertificateCodes.normalise(" htx7k-2m9pq ")).isEqualTo("HTX7K2M9PQ");
        assertThat(CertificateCodes.normalise("KHONGCOMA23")).as("contains O").isNull();
        assertThat(CertificateCodes.normalise("ABC")).isNull();
        assertThat(CertificateCodes.normalise(null)).isNull();
        assertThat(CertificateCodes.normalise("HTX7K2M9P1")).as("contains 1").isNull();
    }
}
