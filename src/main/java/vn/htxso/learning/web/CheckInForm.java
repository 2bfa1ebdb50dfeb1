package vn.htxso.learning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The code an attendee types (or that the scanned QR fills in). */
class CheckInForm {

    @NotBlank(message = "{learning.checkIn.code.required}")
    @Size(max = 20, message = "{learning.checkIn.badCode}")
    private String code;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
