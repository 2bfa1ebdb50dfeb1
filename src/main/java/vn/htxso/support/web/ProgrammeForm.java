package vn.htxso.support.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.htxso.support.Programmes;

/** The form of a new programme; money in whole VND. */
public class ProgrammeForm {

    static final long MAX_VND = 1_000_000_000_000_000L;

    @NotBlank(message = "{support.programme.name.required}")
    @Size(max = 255, message = "{support.programme.name.tooLong}")
    private String name;
    private String provinceCode;
    @NotNull(message = "{support.money.required}")
    @Min(value = 1, message = "{support.money.positive}")
    @Max(value = MAX_VND, message = "{support.money.tooLarge}")
    private Long budgetVnd;
    @NotNull(message = "{support.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull(message = "{support.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @NotNull(message = "{support.programme.share.range}")
    @Min(value = 1, message = "{support.programme.share.range}")
    @Max(value = 100, message = "{support.programme.share.range}")
    private Integer sharePercent = 50;
    @NotNull(message = "{support.money.required}")
    @Min(value = 0, message = "{support.money.positive}")
    @Max(value = MAX_VND, message = "{support.money.tooLarge}")
    private Long capMicroVnd = 20_000_000L;
    @NotNull(message = "{support.money.required}")
    @Min(value = 0, message = "{support.money.positive}")
    @Max(value = MAX_VND, message = "{support.money.tooLarge}")
    private Long capSmallVnd = 50_000_000L;
    @NotNull(message = "{support.money.required}")
    @Min(value = 0, message = "{support.money.positive}")
    @Max(value = MAX_VND, message = "{support.money.tooLarge}")
    private Long capMediumVnd = 100_000_000L;
    @NotNull(message = "{support.money.required}")
    @Min(value = 0, message = "{support.money.positive}")
    @Max(value = MAX_VND, message = "{support.money.tooLarge}")
    private Long capLargeVnd = 100_000_000L;
    private Set<String> sectors = new HashSet<>();
    @Min(value = 0, message = "{support.programme.level.range}")
    @Max(value = 5, message = "{support.programme.level.range}")
    private int minLevel = 0;
    @Min(value = 0, message = "{support.programme.level.range}")
    @Max(value = 5, message = "{support.programme.level.range}")
    private int maxLevel = 5;

    /** The form of an existing programme, for its edit page. */
    static ProgrammeForm from(vn.htxso.support.Programme p) {
        ProgrammeForm form = new ProgrammeForm();
        form.name = p.name();
        form.provinceCode = p.provinceCode();
        form.budgetVnd = p.budget();
        form.startsOn = p.startsOn();
        form.endsOn = p.endsOn();
        form.sharePercent = p.rule().sharePercent();
        form.capMicroVnd = p.rule().capMicroVnd();
        form.capSmallVnd = p.rule().capSmallVnd();
        form.capMediumVnd = p.rule().capMediumVnd();
        form.capLargeVnd = p.rule().capLargeVnd();
        form.sectors = new HashSet<>(p.eligibleSectors());
        form.minLevel = p.minLevel();
        form.maxLevel = p.maxLevel();
        return form;
    }

    Programmes.NewProgramme toNew() {
        return new Programmes.NewProgramme(name, provinceCode == null || provinceCode.isBlank() ? null : provinceCode,
                budgetVnd, startsOn, endsOn, sharePercent, capMicroVnd, capSmallVnd, capMediumVnd, capLargeVnd,
                sectors == null ? Set.of() : Set.copyOf(sectors), minLevel, maxLevel);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
    public Long getBudgetVnd() { return budgetVnd; }
    public void setBudgetVnd(Long budgetVnd) { this.budgetVnd = budgetVnd; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Integer getSharePercent() { return sharePercent; }
    public void setSharePercent(Integer sharePercent) { this.sharePercent = sharePercent; }
    public Long getCapMicroVnd() { return capMicroVnd; }
    public void setCapMicroVnd(Long capMicroVnd) { this.capMicroVnd = capMicroVnd; }
    public Long getCapSmallVnd() { return capSmallVnd; }
    public void setCapSmallVnd(Long capSmallVnd) { this.capSmallVnd = capSmallVnd; }
    public Long getCapMediumVnd() { return capMediumVnd; }
    public void setCapMediumVnd(Long capMediumVnd) { this.capMediumVnd = capMediumVnd; }
    public Long getCapLargeVnd() { return capLargeVnd; }
    public void setCapLargeVnd(Long capLargeVnd) { this.capLargeVnd = capLargeVnd; }
    public Set<String> getSectors() { return sectors; }
    public void setSectors(Set<String> sectors) { this.sectors = sectors; }
    public int getMinLevel() { return minLevel; }
    public void setMinLevel(int minLevel) { this.minLevel = minLevel; }
    public int getMaxLevel() { return maxLevel; }
    public void setMaxLevel(int maxLevel) { this.maxLevel = maxLevel; }
}
