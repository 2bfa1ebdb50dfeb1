package vn.htxso.governance.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import vn.htxso.governance.Charter;
import vn.htxso.governance.ResolutionCategory;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.SizeClass;

/** The law's rules as pure functions of their figures (which come from the charter or the configuration). */
public final class GovernanceRules {

    /** The end of a co-op's financial year (calendar year, Circular 71/2024). */
    public static final MonthDay YEAR_END = MonthDay.of(12, 31);

    private GovernanceRules() {
    }

    /** Art. 57: a delegates' assembly needs at least {@code minimum} official members. */
    public static boolean delegatesAllowed(int officialMembers, int minimum) {
        return officialMembers >= minimum;
    }

    /** Art. 56: small, medium and large co-ops, and unions of ten members or more, must use the full model. */
    public static boolean fullModelRequired(OrganisationKind kind, SizeClass sizeClass, int members) {
        if (kind == OrganisationKind.LHHTX) {
            return members >= 10;
        }
        return sizeClass != null && sizeClass != SizeClass.MICRO;
    }

    /** Whether a resolution's quorum holds and whether it passes, by the charter in force. */
    public record Outcome(boolean quorumReached, boolean passed) {
    }

    public static Outcome outcome(Charter charter, ResolutionCategory category, int eligible, int present,
                                  int votesFor) {
        boolean quorum = charter.quorum().metBy(present, eligible);
        return new Outcome(quorum, quorum && charter.threshold(category).metBy(votesFor, present));
    }

    /** What is wrong with a resolution's counts (a message key), or {@code null} when they add up. */
    public static String countsProblem(int eligible, int present, int votesFor, int votesAgainst, int abstentions) {
        if (present < 0 || votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
            return "governance.resolution.negative";
        }
        if (present > eligible) {
            return "governance.resolution.presentOverEligible";
        }
        if ((long) votesFor + votesAgainst + abstentions > present) {
            return "governance.resolution.votesOverPresent";
        }
        return null;
    }

    /** Art. 59: the annual assembly of a financial year is held within {@code months} after the year's end. */
    public static LocalDate annualDeadline(int fiscalYear, int months) {
        return YEAR_END.atYear(fiscalYear).plusMonths(months);
    }

    /** Art. 59-60: a request is signed by at least a third of the official members (⌈n/3⌉). */
    public static boolean requestSigned(int signatures, int officialMembers) {
        return officialMembers > 0 && signatures * 3L >= officialMembers;
    }

    /** Art. 59-60 with the configured share: the request's signatures reach {@code share} of the official members. */
    public static boolean requestSigned(int signatures, int officialMembers, vn.htxso.governance.Threshold share) {
        return officialMembers > 0 && share.metBy(signatures, officialMembers);
    }

    /** Art. 60: an agenda change arrives at least {@code days} days before the opening. */
    public static boolean agendaChangeInTime(LocalDate receivedOn, LocalDate opensOn, int days) {
        return !receivedOn.isAfter(opensOn.minusDays(days));
    }

    /** Art. 65: a board of {@code min} to {@code max} members. */
    public static boolean boardSizeAllowed(int size, int min, int max) {
        return size >= min && size <= max;
    }

    /** Art. 65: a term ends after it starts and at most {@code maxYears} years later. */
    public static boolean termAllowed(LocalDate start, LocalDate end, int maxYears) {
        return end.isAfter(start) && !end.isAfter(start.plusYears(maxYears));
    }

    /**
     * Splits {@code total} whole VND in proportion to {@code weights} (largest remainder, Hamilton): everyone gets
     * the whole part of their quota, then the VND left over go one each to the largest fractional parts (ties to
     * the earlier entry). The parts add up exactly to {@code total}; all weights zero gives all zeros.
     */
    public static long[] largestRemainder(long total, long[] weights) {
        if (total < 0 || Arrays.stream(weights).anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("negative amount or weight");
        }
        long[] parts = new long[weights.length];
        BigInteger sum = BigInteger.valueOf(Arrays.stream(weights).sum());
        if (sum.signum() == 0) {
            return parts;
        }
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        long left = total - given;
        int[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < left; k++) {
            parts[order[k]]++;
        }
        return parts;
    }

    /** {@code percent} of {@code amount}, rounded down to whole VND. */
    public static long share(long amount, int percent) {
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(percent)).divide(BigInteger.valueOf(100))
                .longValueExact();
    }
}
