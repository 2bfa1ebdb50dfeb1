package vn.htxso.platform.security;

import java.time.Clock;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.htxso.platform.internal.Logins;
import vn.htxso.platform.internal.TrustedDevices;
import vn.htxso.platform.internal.UserAccount;
import vn.htxso.platform.internal.UserAccounts;

/**
 * Password sign-in (form and HTTP Basic) with throttling: a locked account is refused before its password is
 * checked; an address over its failure limit is refused only for accounts that have failed there or elsewhere.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    /** The device cookie of the sign-in being checked (read while the account is loaded). */
    private static final ThreadLocal<String> DEVICE = new ThreadLocal<>();

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserAccounts users, PasswordEncoder passwords, LoginThrottle throttle,
                                    TrustedDevices devices, Clock clock) {
        super(userDetailsService(users, devices, clock));
        setPasswordEncoder(passwords);
        this.throttle = throttle;
    }

    /**
     * A browser that signed in to this account before (its device cookie) is not held by the account's lock: the
     * lock stops strangers guessing, not the owner. Such a browser still gets the progressive delay.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        DEVICE.set(authentication.getDetails() instanceof DeviceDetails device ? device.deviceToken() : null);
        try {
            return super.authenticate(authentication);
        } finally {
            DEVICE.remove();
        }
    }

    /**
     * Runs after the account is loaded (once) and found unlocked, before its password is checked: an address over
     * its limit is refused for an account that has failed, and a failing account is slowed down.
     */
    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
            throws AuthenticationException {
        int failures = user instanceof HtxUserDetails details ? details.failedAttempts() : 0;
        if (failures > 0 && throttle.addressBlocked(LoginThrottle.address(authentication.getDetails()))) {
            throw new AddressThrottledException();
        }
        throttle.slowDown(failures);
        super.additionalAuthenticationChecks(user, authentication);
    }

    private static UserDetailsService userDetailsService(UserAccounts users, TrustedDevices devices, Clock clock) {
        return username -> {
            UserAccount account = users.findByUsernameIgnoreCase(Logins.normalise(username))
                    .orElseThrow(() -> new UsernameNotFoundException("unknown"));
            HtxUserDetails details = new HtxUserDetails(account, clock.instant());
            if (!details.isAccountNonLocked() && devices.trusts(DEVICE.get(), account.id())) {
                return details.unlocked();
            }
            return details;
        };
    }

    /** Too many failures from this address in the window. */
    static final class AddressThrottledException extends LockedException {
        AddressThrottledException() {
            super("address throttled");
        }
    }
}
