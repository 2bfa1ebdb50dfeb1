package vn.htxso.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share that must be reached: {@code numerator/denominator} of a whole, either strictly more ("more than half")
 * or at least ("at least two thirds"). Exact in integers, so that exactly two thirds is two thirds.
 */
public record Threshold(int numerator, int denominator, boolean strict) {

    public Threshold {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("threshold " + numerator + "/" + denominator);
        }
    }

    /** Whether {@code part} of {@code whole} reaches the threshold; nothing of nothing never does. */
    public boolean metBy(long part, long whole) {
        if (whole <= 0) {
            return false;
        }
        long left = part * denominator;
        long right = whole * numerator;
        return strict ? left > right : left >= right;
    }

    /** The threshold as a percentage with two decimals (66.67 for two thirds). */
    public BigDecimal percent() {
        BigDecimal percent = BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }
}
