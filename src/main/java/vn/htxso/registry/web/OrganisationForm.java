package vn.htxso.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.*;

import org.springframework.format.annotation.DateTimeFormat;

import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.Sector;
import vn.htxso.registry.MemberRegister;

/** The organisation form (create and edit). */
public class OrganisationForm {

    @NotBlank(message = "{registry.form.required}")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9./-]{0,19}", message = "{registry.import.error.registrationNo}")
    private String registrationNo;
    @NotBlank(message = "{registry.form.required}")
    @Size(max = 255, message = "{registry.form.tooLong}")
    private String name;
    @NotNull(message = "{registry.form.required}")
    private OrganisationKind kind = OrganisationKind.HTX;
    @NotBlank(message = "{registry.form.required}")
    private String provinceCode;
    @NotBlank(message = "{registry.form.required}")
    @Size(max = 120, message = "{registry.form.tooLong}")
    private String communeName;
    @NotNull(message = "{registry.form.required}")
    private Sector sector = Sector.AGRICULTURE;
    @NotNull(message = "{registry.form.required}")
    private OrganisationStatus status = OrganisationStatus.ACTIVE;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{registry.form.past}")
    private LocalDate foundedOn;
    @NotNull(message = "{registry.form.required}")
    @Min(value = 0, message = "{registry.form.notNegative}")
    @Max(value = 10000000, message = "{registry.form.tooLarge}")
    private Integer members = 0;
    @PositiveOrZero(message = "{registry.form.notNegative}")
    @Max(value = 1000000000000000L, message = "{registry.form.tooLarge}")
    private Long charterCapitalVnd;
    @Pattern(regexp = "|FULL|REDUCED", message = "{registry.form.required}")
    private String governanceModel;
    @Size(max = 120, message = "{registry.form.tooLong}")
    private String directorName;
    @Pattern(regexp = "|[0-9 +.()-]{8,20}", message = "{registry.form.phone}")
    private String phone;
    @Email(message = "{registry.form.email}")
    @Size(max = 120, message = "{registry.form.tooLong}")
    private String email;
    @Size(max = 255, message = "{registry.form.tooLong}")
    private String address;
    private long version;

    public String getRegistrationNo() {
        return registrationNo;
    }

    public void setRegistrationNo(String registrationNo) {
        this.registrationNo = registrationNo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getCommuneName() {
        return communeName;
    }

    public void setCommuneName(String communeName) {
        this.communeName = communeName;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganisationStatus status) {
        this.status = status;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public Integer getMembers() {
        return members;
    }

    public void setMembers(Integer members) {
        this.members = members;
    }

    public Long getCharterCapitalVnd() {
        return charterCapitalVnd;
    }

    public void setCharterCapitalVnd(Long charterCapitalVnd) {
        this.charterCapitalVnd = charterCapitalVnd;
    }

    public String getGovernanceModel() {
        return governanceModel;
    }

    public void setGovernanceModel(String governanceModel) {
        this.governanceModel = governanceModel;
    }

    public String getDirectorName() {
        return directorName;
    }

    public void setDirectorName(String directorName) {
        this.directorName = directorName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }


}
