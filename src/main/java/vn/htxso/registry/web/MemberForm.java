package vn.htxso.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.*;

import org.springframework.format.annotation.DateTimeFormat;

import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.Sector;
import vn.htxso.registry.MemberRegister;

/** A member of the register. */
public class MemberForm {

    @NotNull(message = "{registry.form.required}")
    private MemberRegister.MemberKind kind = MemberRegister.MemberKind.OFFICIAL;
    @NotNull(message = "{registry.form.required}")
    private MemberRegister.PartyType partyType = MemberRegister.PartyType.PERSON;
    @NotBlank(message = "{registry.form.required}")
    @Size(max = 200, message = "{registry.form.tooLong}")
    private String name;
    @Pattern(regexp = "|[0-9]{9}|[0-9]{12}", message = "{registry.form.idNumber}")
    private String idNumber;
    @Pattern(regexp = "|[0-9 +.()-]{8,20}", message = "{registry.form.phone}")
    private String phone;
    private MemberRegister.Gender gender;
    @Size(max = 40, message = "{registry.form.tooLong}")
    private String ethnicity;
    private boolean foreignMember;
    @Min(value = 1900, message = "{registry.form.birthYear}")
    @Max(value = 2026, message = "{registry.form.birthYear}")
    private Integer birthYear;
    @Size(max = 120, message = "{registry.form.tooLong}")
    private String communeName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leftOn;
    @Size(max = 300, message = "{registry.form.tooLong}")
    private String leaveReason;
    @NotNull(message = "{registry.form.required}")
    @PositiveOrZero(message = "{registry.form.notNegative}")
    @Max(value = 1000000000000000L, message = "{registry.form.tooLarge}")
    private Long capitalPledgedVnd = 0L;
    @NotNull(message = "{registry.form.required}")
    @PositiveOrZero(message = "{registry.form.notNegative}")
    @Max(value = 1000000000000000L, message = "{registry.form.tooLarge}")
    private Long capitalPaidVnd = 0L;
    private long version;

    public MemberRegister.MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberRegister.MemberKind kind) {
        this.kind = kind;
    }

    public MemberRegister.PartyType getPartyType() {
        return partyType;
    }

    public void setPartyType(MemberRegister.PartyType partyType) {
        this.partyType = partyType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public MemberRegister.Gender getGender() {
        return gender;
    }

    public void setGender(MemberRegister.Gender gender) {
        this.gender = gender;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public boolean getForeignMember() {
        return foreignMember;
    }

    public void setForeignMember(boolean foreignMember) {
        this.foreignMember = foreignMember;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getCommuneName() {
        return communeName;
    }

    public void setCommuneName(String communeName) {
        this.communeName = communeName;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public String getLeaveReason() {
        return leaveReason;
    }

    public void setLeaveReason(String leaveReason) {
        this.leaveReason = leaveReason;
    }

    public Long getCapitalPledgedVnd() {
        return capitalPledgedVnd;
    }

    public void setCapitalPledgedVnd(Long capitalPledgedVnd) {
        this.capitalPledgedVnd = capitalPledgedVnd;
    }

    public Long getCapitalPaidVnd() {
        return capitalPaidVnd;
    }

    public void setCapitalPaidVnd(Long capitalPaidVnd) {
        this.capitalPaidVnd = capitalPaidVnd;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }


}
