package vn.htxso.platform.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.CurrentUsers;
import vn.htxso.platform.internal.UserAccount;

/** The signed-in principal: a snapshot of the account, without its password once authenticated. */
final class HtxUserDetails implements UserDetails, CredentialsContainer, CurrentUsers.HasCurrentUser {

    private final CurrentUser user;
    private transient String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final String locale;
    private final int failedAttempts;
    private final long securityStamp;

    HtxUserDetails(UserAccount account, Instant now) {
        this.user = account.toCurrentUser();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.locked = account.lockedUntil() != null && account.lockedUntil().isAfter(now);
        this.locale = account.locale();
        this.failedAttempts = account.failedAttempts();
        this.securityStamp = account.securityStamp();
    }

    private HtxUserDetails(HtxUserDetails other, boolean locked) {
        this.user = other.user;
        this.passwordHash = other.passwordHash;
        this.enabled = other.enabled;
        this.locked = locked;
        this.locale = other.locale;
        this.failedAttempts = other.failedAttempts;
        this.securityStamp = other.securityStamp;
    }

    /** The same account, not held by its lock (a browser its owner signed in with before). */
    HtxUserDetails unlocked() {
        return new HtxUserDetails(this, false);
    }

    long securityStamp() {
        return securityStamp;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    String locale() {
        return locale;
    }

    int failedAttempts() {
        return failedAttempts;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    static List<SimpleGrantedAuthority> authorities(CurrentUser user) {
        return user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String toString() {
        return "HtxUserDetails[" + user.username() + "]";
    }
}
