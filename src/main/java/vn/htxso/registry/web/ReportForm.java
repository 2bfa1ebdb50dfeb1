package vn.htxso.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.*;

import org.springframework.format.annotation.DateTimeFormat;

import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.Sector;
import vn.htxso.registry.MemberRegister;

/** An annual report. */
public class ReportForm {

    @NotNull(message = "{registry.form.required}")
    @Min(value = 1990, message = "{registry.form.year}")
    @Max(value = 2100, message = "{registry.form.year}")
    private Integer year;
    @PositiveOrZero(message = "{registry.form.notNegative}")
    @Max(value = 10000000, message = "{registry.form.tooLarge}")
    private Integer members;
    @PositiveOrZero(message = "{registry.form.notNegative}")
    @Max(value = 10000000, message = "{registry.form.tooLarge}")
    private Integer workers;
    @PositiveOrZero(message = "{registry.form.notNegative}")
    @Max(value = 10000000, message = "{registry.form.tooLarge}")
    private Integer memberWorkers;
    @PositiveOrZero(message = "{registry.form.notNegative}")
    @Max(value = 1000000000000000L, message = "{registry.form.tooLarge}")
    private Long revenueVnd;
    @Max(value = 1000000000000000L, message = "{registry.form.tooLarge}")
    @Min(value = -1000000000000000L, message = "{registry.form.tooLarge}")
    private Long profitVnd;
    @PositiveOrZero(message = "{registry.form.notNegative}")
    @Max(value = 1000000000000000L, message = "{registry.form.tooLarge}")
    private Long charterCapitalVnd;
    @PositiveOrZero(message = "{registry.form.notNegative}")
    @Max(value = 1000000000000000L, message = "{registry.form.tooLarge}")
    private Long totalAssetsVnd;
    @PositiveOrZero(message = "{registry.form.notNegative}")
    @Max(value = 1000000000000000L, message = "{registry.form.tooLarge}")
    private Long avgWorkerIncomeVnd;
    @Size(max = 500, message = "{registry.form.tooLong}")
    private String digitalTools;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMembers() {
        return members;
    }

    public void setMembers(Integer members) {
        this.members = members;
    }

    public Integer getWorkers() {
        return workers;
    }

    public void setWorkers(Integer workers) {
        this.workers = workers;
    }

    public Integer getMemberWorkers() {
        return memberWorkers;
    }

    public void setMemberWorkers(Integer memberWorkers) {
        this.memberWorkers = memberWorkers;
    }

    public Long getRevenueVnd() {
        return revenueVnd;
    }

    public void setRevenueVnd(Long revenueVnd) {
        this.revenueVnd = revenueVnd;
    }

    public Long getProfitVnd() {
        return profitVnd;
    }

    public void setProfitVnd(Long profitVnd) {
        this.profitVnd = profitVnd;
    }

    public Long getCharterCapitalVnd() {
        return charterCapitalVnd;
    }

    public void setCharterCapitalVnd(Long charterCapitalVnd) {
        this.charterCapitalVnd = charterCapitalVnd;
    }

    public Long getTotalAssetsVnd() {
        return totalAssetsVnd;
    }

    public void setTotalAssetsVnd(Long totalAssetsVnd) {
        this.totalAssetsVnd = totalAssetsVnd;
    }

    public Long getAvgWorkerIncomeVnd() {
        return avgWorkerIncomeVnd;
    }

    public void setAvgWorkerIncomeVnd(Long avgWorkerIncomeVnd) {
        this.avgWorkerIncomeVnd = avgWorkerIncomeVnd;
    }

    public String getDigitalTools() {
        return digitalTools;
    }

    public void setDigitalTools(String digitalTools) {
        this.digitalTools = digitalTools;
    }


}
