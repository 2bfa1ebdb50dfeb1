package vn.htxso.governance;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The figures of the law that the domain notes mark *check*: defaults of a co-op's first charter version and the
 * monitoring rules. Never constants in code.
 *
 * @param delegatesMinimumMembers official members needed for a delegates' assembly (Art. 57: 50)
 * @param annualAssemblyMonths months after the financial year's end within which the annual assembly is held (Art. 59)
 * @param reducedModelMaxGapDays longest gap between assemblies of a reduced-model co-op (3 months)
 * @param boardMin smallest board (Art. 65: 3)
 * @param boardMax largest board (Art. 65: 15)
 * @param maxTermYears longest term of an officer (Art. 65: 5 years)
 * @param termWarningDays days before a board term ends when the alert starts
 * @param agendaChangeDays days before the opening by which an agenda change must arrive (Art. 60: 2)
 * @param internalRatioMinimumPercent internal-transaction ratio support programmes need (Decree 113/2024, *check*)
 * @param lawInForceOn the day Law 17/2023/QH15 came into force; charter versions older than it are flagged
 * @param requestShare the share of official members who must sign a request for an extraordinary assembly or an
 *        agenda change (Art. 59-60: at least a third)
 * @param extraordinaryConveneDays days within which the convenor calls the extraordinary assembly a valid request
 *        asks for (*check* Art. 59; the charter may say otherwise)
 * @param refundDueMonths months after the year's accounts are approved within which a leaving member's capital is
 *        refunded (*check* Art. 90: "in the form and time the charter sets")
 */
@Validated
@ConfigurationProperties("htxso.governance")
record GovernanceProperties(
        @DefaultValue("50") @Min(1) int delegatesMinimumMembers,
        @DefaultValue("4") @Min(1) @Max(12) int annualAssemblyMonths,
        @DefaultValue("92") @Min(1) int reducedModelMaxGapDays,
        @DefaultValue("3") @Min(1) int boardMin,
        @DefaultValue("15") @Min(1) int boardMax,
        @DefaultValue("5") @Min(1) int maxTermYears,
        @DefaultValue("90") @Min(0) int termWarningDays,
        @DefaultValue("2") @Min(0) int agendaChangeDays,
        @DefaultValue("50") @Min(0) @Max(100) int internalRatioMinimumPercent,
        @DefaultValue("2024-07-01") @NotNull LocalDate lawInForceOn,
        @DefaultValue @Valid @NotNull Share requestShare,
        @DefaultValue("30") @Min(1) int extraordinaryConveneDays,
        @DefaultValue("6") @Min(0) @Max(60) int refundDueMonths,
        @DefaultValue @Valid @NotNull Defaults defaults) {

    /** A share of official members: at least {@code numerator/denominator} (a third by default). */
    record Share(@DefaultValue("1") @Min(1) int numerator, @DefaultValue("3") @Min(1) int denominator) {

        Threshold threshold() {
            return new Threshold(Math.min(numerator, denominator), denominator, false);
        }

        /** The signatures needed from {@code officialMembers} (⌈n·num/den⌉, at least one). */
        int needed(int officialMembers) {
            long n = (long) officialMembers * Math.min(numerator, denominator);
            return (int) Math.max(1, (n + denominator - 1) / denominator);
        }
    }

    /**
     * A new co-op charter's defaults (API.md: quorum more than half, ordinary more than half, special at least two
     * thirds; fund shares and the capital share after the 2012 law, *check* Art. 86 of the 2023 law).
     */
    record Defaults(@DefaultValue("1") @Min(1) int quorumNumerator, @DefaultValue("2") @Min(1) int quorumDenominator,
                    @DefaultValue("true") boolean quorumStrict,
                    @DefaultValue("1") @Min(1) int ordinaryNumerator, @DefaultValue("2") @Min(1) int ordinaryDenominator,
                    @DefaultValue("true") boolean ordinaryStrict,
                    @DefaultValue("2") @Min(1) int specialNumerator, @DefaultValue("3") @Min(1) int specialDenominator,
                    @DefaultValue("false") boolean specialStrict,
                    @DefaultValue("20") @Min(0) @Max(100) int indivisibleFundPercent,
                    @DefaultValue("10") @Min(0) @Max(100) int otherFundsPercent,
                    @DefaultValue("20") @Min(0) @Max(100) int capitalSharePercent,
                    @DefaultValue("5") @Min(1) int boardSize,
                    @DefaultValue("5") @Min(1) int boardTermYears) {
    }
}
