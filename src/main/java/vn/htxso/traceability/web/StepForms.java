package vn.htxso.traceability.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import vn.htxso.traceability.LotSteps;
import vn.htxso.traceability.Unit;

/** Forms of the lot steps: processing, packing, shipping/receiving, settings. Blank rows are ignored. */
final class StepForms {

    private StepForms() {
    }

    public static class TakeRow {
        private UUID lotId;
        private BigDecimal quantity;

        public UUID getLotId() { return lotId; }
        public void setLotId(UUID lotId) { this.lotId = lotId; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }

        boolean blank() {
            return lotId == null && quantity == null;
        }
    }

    public static class OutputRow {
        private String productName;
        private BigDecimal quantity;
        private Unit unit = Unit.KGM;

        public String getProductName() { return productName; }
        public void setProductName(String productName) { this.productName = productName; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
        public Unit getUnit() { return unit; }
        public void setUnit(Unit unit) { this.unit = unit; }

        boolean blank() {
            return (productName == null || productName.isBlank()) && quantity == null;
        }
    }

    /** Processing (three input rows, two output rows) and packing (input rows only). */
    public static class StepForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private List<TakeRow> inputs = new ArrayList<>(List.of(new TakeRow(), new TakeRow(), new TakeRow()));
        private List<OutputRow> outputs = new ArrayList<>(List.of(new OutputRow(), new OutputRow()));
        private String reason;

        LotSteps.ProcessingStep toStep() {
            return new LotSteps.ProcessingStep(date, takes(),
                    outputs.stream().filter(o -> !o.blank())
                            .map(o -> new LotSteps.Output(o.getProductName(), o.getQuantity(), o.getUnit()))
                            .toList(), reason);
        }

        List<LotSteps.Take> takes() {
            return inputs.stream().filter(t -> !t.blank())
                    .map(t -> new LotSteps.Take(t.getLotId(), t.getQuantity())).toList();
        }

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public List<TakeRow> getInputs() { return inputs; }
        public void setInputs(List<TakeRow> inputs) { this.inputs = inputs; }
        public List<OutputRow> getOutputs() { return outputs; }
        public void setOutputs(List<OutputRow> outputs) { this.outputs = outputs; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    public static class MoveForm {
        private boolean ship = true;
        private String party;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private BigDecimal quantity;

        public boolean isShip() { return ship; }
        public void setShip(boolean ship) { this.ship = ship; }
        public String getParty() { return party; }
        public void setParty(String party) { this.party = party; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    }

    public static class SettingsForm {
        private String companyPrefix;
        private boolean publishMemberNames;

        public String getCompanyPrefix() { return companyPrefix; }
        public void setCompanyPrefix(String companyPrefix) { this.companyPrefix = companyPrefix; }
        public boolean isPublishMemberNames() { return publishMemberNames; }
        public void setPublishMemberNames(boolean publishMemberNames) { this.publishMemberNames = publishMemberNames; }
    }
}
