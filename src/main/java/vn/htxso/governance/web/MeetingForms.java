package vn.htxso.governance.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.htxso.governance.GovernanceModel;
import vn.htxso.governance.RefusalReason;
import vn.htxso.governance.RequestKind;

/** The forms of the charter, members' requests and minutes-correction pages. */
final class MeetingForms {

    private MeetingForms() {
    }

    /** Members' request: an extraordinary assembly or an agenda change. */
    public static class Request {
        @NotNull(message = "{governance.api.required}")
        private RequestKind kind = RequestKind.EXTRAORDINARY;
        private UUID assemblyId;
        @NotNull(message = "{governance.request.receivedOnRequired}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate receivedOn;
        @Min(value = 0, message = "{governance.resolution.negative}")
        @Max(value = 1_000_000, message = "{governance.api.tooLarge}")
        private Integer signatures;
        private boolean bySupervisoryBoard;
        @NotBlank(message = "{governance.request.text}")
        @Size(max = 2000, message = "{governance.request.text}")
        private String text;

        public RequestKind getKind() { return kind; }
        public void setKind(RequestKind kind) { this.kind = kind; }
        public UUID getAssemblyId() { return assemblyId; }
        public void setAssemblyId(UUID assemblyId) { this.assemblyId = assemblyId; }
        public LocalDate getReceivedOn() { return receivedOn; }
        public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
        public Integer getSignatures() { return signatures; }
        public void setSignatures(Integer signatures) { this.signatures = signatures; }
        public boolean isBySupervisoryBoard() { return bySupervisoryBoard; }
        public void setBySupervisoryBoard(boolean bySupervisoryBoard) { this.bySupervisoryBoard = bySupervisoryBoard; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** The convenor's decision on an agenda change. */
    public static class Decision {
        private boolean accept;
        private RefusalReason reason;

        public boolean isAccept() { return accept; }
        public void setAccept(boolean accept) { this.accept = accept; }
        public RefusalReason getReason() { return reason; }
        public void setReason(RefusalReason reason) { this.reason = reason; }
    }

    /** A correction of signed minutes. */
    public static class Correction extends GovernanceForms.Signers {
        @NotBlank(message = "{governance.correction.text}")
        @Size(max = 8000, message = "{governance.correction.text}")
        private String correction;
        @NotBlank(message = "{governance.correction.reason}")
        @Size(max = 1000, message = "{governance.correction.reason}")
        private String reason;

        public String getCorrection() { return correction; }
        public void setCorrection(String correction) { this.correction = correction; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** A new charter version, adopted by a passed special charter resolution. */
    public static class Charter {
        @NotNull(message = "{governance.charter.noResolution}")
        private UUID resolutionId;
        @NotNull(message = "{governance.charter.effectiveOnRequired}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveOn;
        @NotNull(message = "{governance.api.required}")
        private GovernanceModel model = GovernanceModel.FULL;
        @NotNull(message = "{governance.api.required}") @Min(value = 1, message = "{governance.charter.fraction}")
        @Max(value = 1000, message = "{governance.charter.fraction}")
        private Integer quorumNumerator;
        @NotNull(message = "{governance.api.required}") @Min(value = 1, message = "{governance.charter.fraction}")
        @Max(value = 1000, message = "{governance.charter.fraction}")
        private Integer quorumDenominator;
        private boolean quorumStrict;
        @NotNull(message = "{governance.api.required}") @Min(value = 1, message = "{governance.charter.fraction}")
        @Max(value = 1000, message = "{governance.charter.fraction}")
        private Integer ordinaryNumerator;
        @NotNull(message = "{governance.api.required}") @Min(value = 1, message = "{governance.charter.fraction}")
        @Max(value = 1000, message = "{governance.charter.fraction}")
        private Integer ordinaryDenominator;
        private boolean ordinaryStrict;
        @NotNull(message = "{governance.api.required}") @Min(value = 1, message = "{governance.charter.fraction}")
        @Max(value = 1000, message = "{governance.charter.fraction}")
        private Integer specialNumerator;
        @NotNull(message = "{governance.api.required}") @Min(value = 1, message = "{governance.charter.fraction}")
        @Max(value = 1000, message = "{governance.charter.fraction}")
        private Integer specialDenominator;
        private boolean specialStrict;
        @NotNull(message = "{governance.api.required}") @Min(value = 0, message = "{governance.charter.percent}")
        @Max(value = 100, message = "{governance.charter.percent}")
        private Integer indivisibleFundPercent;
        @NotNull(message = "{governance.api.required}") @Min(value = 0, message = "{governance.charter.percent}")
        @Max(value = 100, message = "{governance.charter.percent}")
        private Integer otherFundsPercent;
        @NotNull(message = "{governance.api.required}") @Min(value = 0, message = "{governance.charter.percent}")
        @Max(value = 100, message = "{governance.charter.percent}")
        private Integer capitalSharePercent;
        @NotNull(message = "{governance.api.required}") @Min(value = 1, message = "{governance.charter.outOfLaw}")
        @Max(value = 100, message = "{governance.charter.outOfLaw}")
        private Integer boardSize;
        @NotNull(message = "{governance.api.required}") @Min(value = 1, message = "{governance.charter.outOfLaw}")
        @Max(value = 100, message = "{governance.charter.outOfLaw}")
        private Integer boardTermYears;

        public UUID getResolutionId() { return resolutionId; }
        public void setResolutionId(UUID resolutionId) { this.resolutionId = resolutionId; }
        public LocalDate getEffectiveOn() { return effectiveOn; }
        public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
        public GovernanceModel getModel() { return model; }
        public void setModel(GovernanceModel model) { this.model = model; }
        public Integer getQuorumNumerator() { return quorumNumerator; }
        public void setQuorumNumerator(Integer v) { this.quorumNumerator = v; }
        public Integer getQuorumDenominator() { return quorumDenominator; }
        public void setQuorumDenominator(Integer v) { this.quorumDenominator = v; }
        public boolean isQuorumStrict() { return quorumStrict; }
        public void setQuorumStrict(boolean v) { this.quorumStrict = v; }
        public Integer getOrdinaryNumerator() { return ordinaryNumerator; }
        public void setOrdinaryNumerator(Integer v) { this.ordinaryNumerator = v; }
        public Integer getOrdinaryDenominator() { return ordinaryDenominator; }
        public void setOrdinaryDenominator(Integer v) { this.ordinaryDenominator = v; }
        public boolean isOrdinaryStrict() { return ordinaryStrict; }
        public void setOrdinaryStrict(boolean v) { this.ordinaryStrict = v; }
        public Integer getSpecialNumerator() { return specialNumerator; }
        public void setSpecialNumerator(Integer v) { this.specialNumerator = v; }
        public Integer getSpecialDenominator() { return specialDenominator; }
        public void setSpecialDenominator(Integer v) { this.specialDenominator = v; }
        public boolean isSpecialStrict() { return specialStrict; }
        public void setSpecialStrict(boolean v) { this.specialStrict = v; }
        public Integer getIndivisibleFundPercent() { return indivisibleFundPercent; }
        public void setIndivisibleFundPercent(Integer v) { this.indivisibleFundPercent = v; }
        public Integer getOtherFundsPercent() { return otherFundsPercent; }
        public void setOtherFundsPercent(Integer v) { this.otherFundsPercent = v; }
        public Integer getCapitalSharePercent() { return capitalSharePercent; }
        public void setCapitalSharePercent(Integer v) { this.capitalSharePercent = v; }
        public Integer getBoardSize() { return boardSize; }
        public void setBoardSize(Integer v) { this.boardSize = v; }
        public Integer getBoardTermYears() { return boardTermYears; }
        public void setBoardTermYears(Integer v) { this.boardTermYears = v; }

        /** The form filled from the version in force. */
        static Charter of(vn.htxso.governance.Charter c) {
            Charter f = new Charter();
            f.model = c.model();
            f.quorumNumerator = c.quorum().numerator();
            f.quorumDenominator = c.quorum().denominator();
            f.quorumStrict = c.quorum().strict();
            f.ordinaryNumerator = c.ordinary().numerator();
            f.ordinaryDenominator = c.ordinary().denominator();
            f.ordinaryStrict = c.ordinary().strict();
            f.specialNumerator = c.special().numerator();
            f.specialDenominator = c.special().denominator();
            f.specialStrict = c.special().strict();
            f.indivisibleFundPercent = c.indivisibleFundPercent();
            f.otherFundsPercent = c.otherFundsPercent();
            f.capitalSharePercent = c.capitalSharePercent();
            f.boardSize = c.boardSize();
            f.boardTermYears = c.boardTermYears();
            return f;
        }
    }
}
