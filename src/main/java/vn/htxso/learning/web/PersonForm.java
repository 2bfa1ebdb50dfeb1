package vn.htxso.learning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person entered by name: a member a co-op manager registers, or a walk-in the organiser checks in. */
class PersonForm {

    @NotBlank(message = "{learning.person.name.required}")
    @Size(max = 120, message = "{learning.person.name.size}")
    private String fullName;
    private Boolean woman;
    private Boolean ethnicMinority;

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Boolean getWoman() { return woman; }
    public void setWoman(Boolean woman) { this.woman = woman; }
    public Boolean getEthnicMinority() { return ethnicMinority; }
    public void setEthnicMinority(Boolean ethnicMinority) { this.ethnicMinority = ethnicMinority; }
}
