package vn.htxso.assessment;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One answer: a number (ladder step, share, threshold value, evidence 1/0, needs amount) or the ticked option
 * codes of a checklist or needs list, and for evidence items where their evidence stands.
 */
public record Answer(BigDecimal number, Set<String> options, EvidenceStatus evidence) {

    public Answer {
        options = options == null ? Set.of() : Set.copyOf(options);
        evidence = evidence == null ? EvidenceStatus.NONE : evidence;
    }

    public static Answer of(double number) {
        return new Answer(BigDecimal.valueOf(number), Set.of(), EvidenceStatus.NONE);
    }

    public static Answer ticked(String... codes) {
        return new Answer(null, Set.of(codes), EvidenceStatus.NONE);
    }

    public static Answer evidence(boolean claimed, EvidenceStatus status) {
        return new Answer(claimed ? BigDecimal.ONE : BigDecimal.ZERO, Set.of(), status);
    }

    public double numberOrZero() {
        return number == null ? 0 : number.doubleValue();
    }
}
