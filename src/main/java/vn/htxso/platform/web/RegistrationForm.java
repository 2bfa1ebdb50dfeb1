package vn.htxso.platform.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The buyer's sign-up form: a phone number or an e-mail address, a name and a password. */
class RegistrationForm {

    static final String PHONE_OR_EMAIL = "^((0|\\+?84)(3|5|7|8|9)[0-9]{8}|[^@\\s]{1,64}@[^@\\s]{1,190}\\.[A-Za-z]{2,})$";

    @NotBlank(message = "{platform.register.login.required}")
    @Pattern(regexp = PHONE_OR_EMAIL, message = "{platform.register.login.invalid}")
    @Size(max = 120, message = "{platform.register.login.size}")
    private String login;

    @NotBlank(message = "{platform.register.displayName.required}")
    @Size(max = 120, message = "{platform.register.displayName.size}")
    @vn.htxso.platform.PlainName
    private String displayName;

    @NotBlank(message = "{platform.register.password.required}")
    @Size(min = 8, max = 100, message = "{platform.register.password.size}")
    @vn.htxso.platform.Utf8MaxBytes(72)
    private String password;

    private String passwordAgain;

    boolean passwordsDiffer() {
        return password != null && !password.equals(passwordAgain);
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
