package vn.htxso.platform.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;

/** A person who signs in. Passwords are stored as Spring Security hashes with their algorithm prefix. */
@Entity
@Table(name = "users")
public class UserAccount {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    private String email;
    private String phone;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "provider_id")
    private UUID providerId;
    private boolean enabled = true;
    private String locale;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, roles, provinceCode, organisationId, providerId);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID providerId() {
        return providerId;
    }

    public boolean enabled() {
        return enabled;
    }

    public String locale() {
        return locale;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Changes whenever what the account may do changes; sessions signed in with an older stamp end. */
    public long securityStamp() {
        return securityStamp;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public void bindTo(String province, UUID organisation, UUID provider) {
        if (!java.util.Objects.equals(province, provinceCode) || !java.util.Objects.equals(organisation, organisationId)
                || !java.util.Objects.equals(provider, providerId)) {
            securityStamp++;
        }
        this.provinceCode = province;
        this.organisationId = organisation;
        this.providerId = provider;
    }

    public void contact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    public void enable(boolean enabled) {
        if (this.enabled != enabled) {
            securityStamp++;
        }
        this.enabled = enabled;
    }

    public void preferLocale(String locale) {
        this.locale = locale;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        securityStamp++;
    }

    /** Replaces the account's roles. */
    public void grantRoles(Set<Role> roles) {
        if (!this.roles.equals(roles)) {
            securityStamp++;
        }
        this.roles = EnumSet.copyOf(roles);
    }
}
