package vn.htxso.platform.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.htxso.platform.Role;
import vn.htxso.platform.internal.Accounts.NewAccount;

/** An admin's form for a new account. */
class UserForm {

    @NotBlank(message = "{platform.users.username.required}")
    @Pattern(regexp = "^[a-z0-9][a-z0-9._@+-]{2,63}$", message = "{platform.users.username.invalid}")
    private String username;
    @NotBlank(message = "{platform.users.displayName.required}")
    @Size(max = 120, message = "{platform.users.displayName.size}")
    @vn.htxso.platform.PlainName
    private String displayName;
    @NotBlank(message = "{platform.register.password.required}")
    @Size(min = 8, max = 100, message = "{platform.register.password.size}")
    @vn.htxso.platform.Utf8MaxBytes(72)
    private String password;
    @NotNull(message = "{platform.users.role.required}")
    private Role role;
    private String provinceCode;
    private UUID organisationId;
    private UUID providerId;
    @Email(message = "{platform.users.email.invalid}")
    @Size(max = 200, message = "{platform.users.email.invalid}")
    private String email;
    @Pattern(regexp = "^$|^(0|\\+84)(3|5|7|8|9)[0-9]{8}$", message = "{platform.users.phone.invalid}")
    private String phone;

    NewAccount toNewAccount() {
        return new NewAccount(username, displayName, password, role, blank(provinceCode), organisationId, providerId,
                email, phone);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
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

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(UUID organisationId) {
        this.organisationId = organisationId;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public void setProviderId(UUID providerId) {
        this.providerId = providerId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
