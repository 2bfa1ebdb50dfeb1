package vn.htxso.traceability.internal;

import java.math.BigDecimal;
import java.util.List;

import vn.htxso.traceability.Unit;

/**
 * No quantity appears from nowhere. A processing step may lose weight (drying, sorting: the loss is recorded), but
 * its outputs may not weigh more than its inputs unless the co-op declares why (e.g. added ingredients); when
 * inputs and outputs are in units that cannot be compared (kg in, pieces out), a reason is required too.
 */
public final class QuantityBalance {

    private QuantityBalance() {
    }

    public record Amount(BigDecimal quantity, Unit unit) {
    }

    /**
     * @param comparable whether inputs and outputs share one dimension (all mass, all volume or all count)
     * @param inputs total of the inputs in the base unit (kg, l, piece) when comparable
     * @param outputs total of the outputs in the base unit when comparable
     */
    public record Verdict(boolean comparable, BigDecimal inputs, BigDecimal outputs, Unit.Dimension dimension) {

        public boolean gainsQuantity() {
            return comparable && outputs.compareTo(inputs) > 0;
        }

        /** Outputs exceed inputs, or cannot be compared with them: the step needs a declared reason. */
        public boolean needsReason() {
            return !comparable || gainsQuantity();
        }

        public BigDecimal loss() {
            return comparable ? inputs.subtract(outputs).max(BigDecimal.ZERO) : BigDecimal.ZERO;
        }
    }

    public static Verdict check(List<Amount> inputs, List<Amount> outputs) {
        if (inputs.isEmpty() || outputs.isEmpty()) {
            throw new IllegalArgumentException("a step has inputs and outputs");
        }
        Unit.Dimension dimension = inputs.get(0).unit().dimension();
        boolean comparable = inputs.stream().allMatch(a -> a.unit().dimension() == dimension)
                && outputs.stream().allMatch(a -> a.unit().dimension() == dimension);
        if (!comparable) {
            return new Verdict(false, null, null, null);
        }
        return new Verdict(true, total(inputs), total(outputs), dimension);
    }

    /** Whether the step may be recorded with this declared reason (blank: none). */
    public static boolean accepts(Verdict verdict, String reason) {
        return !verdict.needsReason() || (reason != null && !reason.isBlank());
    }

    private static BigDecimal total(List<Amount> amounts) {
        return amounts.stream().map(a -> a.unit().toBase(a.quantity())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
