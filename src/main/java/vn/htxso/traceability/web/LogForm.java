package vn.htxso.traceability.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import vn.htxso.traceability.InputType;
import vn.htxso.traceability.LogEntry;
import vn.htxso.traceability.LogKind;
import vn.htxso.traceability.Unit;
import vn.htxso.traceability.DiaryLog;

/** The quick diary entry (and the edit form of a log). */
public class LogForm {

    private UUID plotId;
    private LogKind kind = LogKind.ACTIVITY;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String activity;
    private InputType inputType;
    private String product;
    private String activeIngredient;
    private String dose;
    private Integer phiDays;
    private BigDecimal quantity;
    private Unit unit;
    private String labName;
    private String labResult;
    private Boolean labPassed;
    private String notes;
    private String harvestProduct;
    private UUID lotId;
    private UUID correctsLogId;
    private MultipartFile photo;
    /** The person confirmed that the same log again within a minute is a second, real entry. */
    private boolean repeatConfirmed;

    static LogForm from(DiaryLog log, LocalDate date, boolean withQuantity) {
        LogForm form = new LogForm();
        form.plotId = log.plotId();
        form.kind = log.kind();
        form.date = date;
        form.activity = log.activity();
        form.inputType = log.inputType();
        form.product = log.product();
        form.activeIngredient = log.activeIngredient();
        form.dose = log.dose();
        form.phiDays = log.phiDays();
        form.quantity = withQuantity ? log.quantity() : null;
        form.unit = log.unit();
        form.labName = log.labName();
        form.labResult = withQuantity ? log.labResult() : null;
        form.labPassed = withQuantity ? log.labPassed() : null;
        form.notes = withQuantity ? log.notes() : null;
        return form;
    }

    LogEntry toEntry(PhotoReader photos) throws IOException {
        LogEntry.Photo file = photos.read(photo);
        return new LogEntry(plotId, kind, date, activity, inputType, product, activeIngredient, dose, phiDays,
                quantity, unit, labName, labResult, labPassed, notes, harvestProduct, lotId, correctsLogId, file);
    }

    public UUID getPlotId() { return plotId; }
    public void setPlotId(UUID plotId) { this.plotId = plotId; }
    public LogKind getKind() { return kind; }
    public void setKind(LogKind kind) { this.kind = kind; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getActivity() { return activity; }
    public void setActivity(String activity) { this.activity = activity; }
    public InputType getInputType() { return inputType; }
    public void setInputType(InputType inputType) { this.inputType = inputType; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getActiveIngredient() { return activeIngredient; }
    public void setActiveIngredient(String activeIngredient) { this.activeIngredient = activeIngredient; }
    public String getDose() { return dose; }
    public void setDose(String dose) { this.dose = dose; }
    public Integer getPhiDays() { return phiDays; }
    public void setPhiDays(Integer phiDays) { this.phiDays = phiDays; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit unit) { this.unit = unit; }
    public String getLabName() { return labName; }
    public void setLabName(String labName) { this.labName = labName; }
    public String getLabResult() { return labResult; }
    public void setLabResult(String labResult) { this.labResult = labResult; }
    public Boolean getLabPassed() { return labPassed; }
    public void setLabPassed(Boolean labPassed) { this.labPassed = labPassed; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getHarvestProduct() { return harvestProduct; }
    public void setHarvestProduct(String harvestProduct) { this.harvestProduct = harvestProduct; }
    public UUID getLotId() { return lotId; }
    public void setLotId(UUID lotId) { this.lotId = lotId; }
    public UUID getCorrectsLogId() { return correctsLogId; }
    public void setCorrectsLogId(UUID correctsLogId) { this.correctsLogId = correctsLogId; }
    public MultipartFile getPhoto() { return photo; }
    public boolean isRepeatConfirmed() { return repeatConfirmed; }
    public void setRepeatConfirmed(boolean repeatConfirmed) { this.repeatConfirmed = repeatConfirmed; }
    public void setPhoto(MultipartFile photo) { this.photo = photo; }
}
