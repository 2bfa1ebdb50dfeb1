package vn.htxso.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Difference in differences for staggered adoption, after Callaway &amp; Sant'Anna (2021), written out by hand (no JVM
 * library offers it). Units are co-ops observed over periods 0..T−1; a unit's group g is the first period it is
 * treated, or −1 when never treated. For each group g and period t: ATT(g,t) = mean over group g of (y[t] − y[g−1])
 * minus the same mean over the comparison units at t (never treated, or not yet treated: first treated after t);
 * the base period is g−1 for every t (a "universal" base, so pre-period estimates are placebo checks). The overall
 * ATT averages ATT(g,t) for t ≥ g weighted by group size; the event study averages by e = t − g. The 95 % interval
 * is a percentile bootstrap that resamples whole co-ops (clusters), treated and comparison co-ops separately, with a
 * fixed seed so that the same data always gives the same interval.
 */
final class DidEstimator {

    private DidEstimator() {
    }

    /** One co-op: its first treated period (−1 never) and its outcome per period. */
    record Unit(int group, double[] y) {
    }

    record EventPoint(int e, double att, int units) {
    }

    /**
     * @param att        overall ATT (NaN when nothing can be estimated)
     * @param prePeriods periods observed before the earliest group's treatment
     */
    record Estimate(double att, double low, double high, int treated, int control, int prePeriods,
                    List<EventPoint> eventStudy) {

        boolean estimable() {
            return !Double.isNaN(att);
        }

        /** "Indicative" below the project's thresholds (domain rule 10), or when nothing could be estimated. */
        boolean indicative(int minTreated, int minControls, int minPrePeriods) {
            return !estimable() || treated < minTreated || control < minControls || prePeriods < minPrePeriods;
        }
    }

    static Estimate estimate(List<Unit> units, int replicates, long seed) {
        List<Unit> treated = units.stream().filter(u -> u.group() >= 1).toList();
        List<Unit> comparison = units.stream().filter(u -> u.group() < 0).toList();
        int periods = units.isEmpty() ? 0 : units.get(0).y().length;
        int prePeriods = treated.stream().mapToInt(Unit::group).min().orElse(0);
        Point point = point(units, periods);
        double low = Double.NaN;
        double high = Double.NaN;
        if (!Double.isNaN(point.att()) && replicates > 0) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] draws = new double[replicates];
            int valid = 0;
            for (int r = 0; r < replicates; r++) {
                List<Unit> sample = new ArrayList<>(units.size());
                resample(treated, random, sample);
                resample(comparison, random, sample);
                double att = point(sample, periods).att();
                if (!Double.isNaN(att)) {
                    draws[valid++] = att;
                }
            }
            double[] sorted = Arrays.copyOf(draws, valid);
            Arrays.sort(sorted);
            if (valid > 0) {
                low = percentile(sorted, 0.025);
                high = percentile(sorted, 0.975);
            }
        }
        return new Estimate(point.att(), low, high, treated.size(), comparison.size(), prePeriods, point.events());
    }

    private record Point(double att, List<EventPoint> events) {
    }

    private static Point point(List<Unit> units, int periods) {
        TreeMap<Integer, List<Unit>> groups = new TreeMap<>();
        for (Unit u : units) {
            if (u.group() >= 1 && u.group() < periods) {
                groups.computeIfAbsent(u.group(), g -> new ArrayList<>()).add(u);
            }
        }
        double weighted = 0;
        double weights = 0;
        TreeMap<Integer, double[]> events = new TreeMap<>();
        for (var entry : groups.entrySet()) {
            int g = entry.getKey();
            List<Unit> members = entry.getValue();
            for (int t = 0; t < periods; t++) {
                if (t == g - 1) {
                    continue;
                }
                final int period = t;
                List<Unit> controls = units.stream()
                        .filter(u -> u.group() < 0 || (u.group() > period && u.group() > g - 1 && u.group() != g))
                        .toList();
                if (controls.isEmpty()) {
                    continue;
                }
                double att = meanChange(members, g - 1, t) - meanChange(controls, g - 1, t);
                if (t >= g) {
                    weighted += att * members.size();
                    weights += members.size();
                }
                double[] e = events.computeIfAbsent(t - g, k -> new double[2]);
                e[0] += att * members.size();
                e[1] += members.size();
            }
        }
        List<EventPoint> study = new ArrayList<>();
        events.forEach((e, sums) -> study.add(new EventPoint(e, sums[0] / sums[1], (int) sums[1])));
        study.add(new EventPoint(-1, 0, 0));
        study.sort((a, b) -> Integer.compare(a.e(), b.e()));
        return new Point(weights == 0 ? Double.NaN : weighted / weights, List.copyOf(study));
    }

    private static double meanChange(List<Unit> units, int base, int t) {
        double sum = 0;
        for (Unit u : units) {
            sum += u.y()[t] - u.y()[base];
        }
        return sum / units.size();
    }

    private static void resample(List<Unit> units, SplittableRandom random, List<Unit> into) {
        for (int i = 0; i < units.size(); i++) {
            into.add(units.get(random.nextInt(units.size())));
        }
    }

    /** Type-7 percentile (linear interpolation), as R's default quantile. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
