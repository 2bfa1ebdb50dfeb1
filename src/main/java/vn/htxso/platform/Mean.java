package vn.htxso.platform;

/**
 * A running (weighted) average: the weighted total and the total weight. Start from {@link #of} or
 * {@link #weighted}, add with {@link #plus} (e.g. {@code map.merge(key, Mean.of(x), Mean::plus)}), read with
 * {@link #value}. Instead of a positional {@code double[] {sum, count}}.
 */
public record Mean(double total, double weight) {

    public static Mean of(double value) {
        return new Mean(value, 1);
    }

    public static Mean weighted(double value, double weight) {
        return new Mean(value * weight, weight);
    }

    public Mean plus(Mean other) {
        return new Mean(total + other.total, weight + other.weight);
    }

    /** The average; 0 when nothing was added. */
    public double value() {
        return weight == 0 ? 0 : total / weight;
    }

    /** How many values were added (for unweighted means). */
    public int count() {
        return (int) Math.round(weight);
    }
}
