package vn.htxso.governance.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.htxso.governance.Direction;
import vn.htxso.governance.RefundReason;

/** The forms of the ledger, distribution and capital-refund pages. */
final class LedgerForms {

    private LedgerForms() {
    }

    /** One transaction of the ledger; no member for an external one. */
    public static class Transaction {
        @NotNull(message = "{governance.transaction.dateRequired}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;
        @NotNull(message = "{governance.transaction.directionRequired}")
        private Direction direction = Direction.REVENUE;
        private UUID memberId;
        @NotNull(message = "{governance.transaction.amount}")
        @Min(value = 1, message = "{governance.transaction.amount}")
        @Max(value = 1_000_000_000_000L, message = "{governance.api.tooLarge}")
        private Long amountVnd;
        @NotBlank(message = "{governance.transaction.description}")
        @Size(max = 300, message = "{governance.transaction.description}")
        private String description;

        public LocalDate getOccurredOn() { return occurredOn; }
        public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
        public Direction getDirection() { return direction; }
        public void setDirection(Direction direction) { this.direction = direction; }
        public UUID getMemberId() { return memberId; }
        public void setMemberId(UUID memberId) { this.memberId = memberId; }
        public Long getAmountVnd() { return amountVnd; }
        public void setAmountVnd(Long amountVnd) { this.amountVnd = amountVnd; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    /** A year's distributable income, previewed then confirmed. */
    public static class Distribution {
        @NotNull(message = "{governance.api.required}")
        @Min(value = 1990, message = "{governance.distribution.yearNotClosed}")
        @Max(value = 9999, message = "{governance.distribution.yearNotClosed}")
        private Integer year;
        @NotNull(message = "{governance.api.required}")
        @Min(value = 0, message = "{governance.distribution.negative}")
        @Max(value = 1_000_000_000_000_000L, message = "{governance.api.tooLarge}")
        private Long distributableIncomeVnd;

        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public Long getDistributableIncomeVnd() { return distributableIncomeVnd; }
        public void setDistributableIncomeVnd(Long distributableIncomeVnd) { this.distributableIncomeVnd = distributableIncomeVnd; }
    }

    /** A former member's capital refund. */
    public static class Refund {
        @NotNull(message = "{governance.attendance.notAMember}")
        private UUID memberId;
        @NotNull(message = "{governance.api.required}")
        private RefundReason reason = RefundReason.LEFT;
        @Min(value = 0, message = "{governance.refund.lossShareNegative}")
        @Max(value = 1_000_000_000_000L, message = "{governance.api.tooLarge}")
        private Long lossShareVnd = 0L;

        public UUID getMemberId() { return memberId; }
        public void setMemberId(UUID memberId) { this.memberId = memberId; }
        public RefundReason getReason() { return reason; }
        public void setReason(RefundReason reason) { this.reason = reason; }
        public Long getLossShareVnd() { return lossShareVnd; }
        public void setLossShareVnd(Long lossShareVnd) { this.lossShareVnd = lossShareVnd; }
    }
}
