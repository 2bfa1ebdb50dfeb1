package vn.htxso.scorecard;

import java.time.Instant;
import java.time.LocalDate;

import vn.htxso.platform.VnFormat;

/**
 * The dates a scorecard year covers: {@code end} is 31 December, or today for the current year; the year runs from
 * 1 January, the last 12 months end on {@code end}.
 */
record Periods(int year, LocalDate yearStart, LocalDate end, LocalDate twelveMonthsFrom) {

    static Periods of(int year, LocalDate today) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate end = yearEnd.isAfter(today) ? today : yearEnd;
        return new Periods(year, LocalDate.of(year, 1, 1), end, end.minusYears(1).plusDays(1));
    }

    /** The first day a measure's value covers, or {@code null} for a figure taken on {@link #end}. */
    LocalDate from(Measure measure) {
        return switch (measure.period()) {
            case ON_DAY -> null;
            case TWELVE_MONTHS -> twelveMonthsFrom;
            case YEAR -> yearStart;
        };
    }

    /** The first instant after {@link #end}. */
    Instant endExclusive() {
        return end.plusDays(1).atStartOfDay(VnFormat.ZONE).toInstant();
    }

    Instant yearStartInstant() {
        return yearStart.atStartOfDay(VnFormat.ZONE).toInstant();
    }
}
