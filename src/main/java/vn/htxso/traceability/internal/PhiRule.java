package vn.htxso.traceability.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.htxso.traceability.Standard;

/**
 * The pre-harvest interval (PHI, "thời gian cách ly"): a harvest on a plot is too early while a pesticide applied
 * on that plot is more recent than its PHI. On a VietGAP or organic plot that blocks the harvest; on a plot with no
 * standard the harvest is allowed but flagged, and the flag is kept on the lot and shown on its trace page.
 */
public final class PhiRule {

    private PhiRule() {
    }

    /** A pesticide applied on the plot: product, the day it was applied, its PHI in days. */
    public record Spraying(String product, LocalDate appliedOn, int phiDays) {
        public LocalDate safeFrom() {
            return appliedOn.plusDays(phiDays);
        }
    }

    /** One pesticide whose interval is not over on the harvest day. */
    public record Conflict(String product, LocalDate appliedOn, int phiDays, LocalDate safeFrom, long daysLeft) {
    }

    public enum Outcome { CLEAR, FLAGGED, BLOCKED }

    public record Verdict(Outcome outcome, List<Conflict> conflicts) {
        /** The conflict that ends last: the one the member has to wait for. */
        public Conflict worst() {
            return conflicts.stream().max(Comparator.comparing(Conflict::safeFrom)).orElse(null);
        }
    }

    public static Verdict check(Standard standard, LocalDate harvestOn, List<Spraying> sprayings) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Spraying s : sprayings) {
            if (s.phiDays() <= 0 || s.appliedOn().isAfter(harvestOn)) {
                continue;
            }
            if (harvestOn.isBefore(s.safeFrom())) {
                conflicts.add(new Conflict(s.product(), s.appliedOn(), s.phiDays(), s.safeFrom(),
                        ChronoUnit.DAYS.between(harvestOn, s.safeFrom())));
            }
        }
        if (conflicts.isEmpty()) {
            return new Verdict(Outcome.CLEAR, List.of());
        }
        conflicts.sort(Comparator.comparing(Conflict::safeFrom).reversed());
        return new Verdict(standard == Standard.NONE ? Outcome.FLAGGED : Outcome.BLOCKED, List.copyOf(conflicts));
    }
}
