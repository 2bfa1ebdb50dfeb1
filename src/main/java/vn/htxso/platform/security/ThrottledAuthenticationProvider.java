package vn.htxso.platform.security;

import java.time.Clock;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.htxso.platform.internal.UserAccount;
import vn.htxso.platform.internal.UserAccounts;

/**
 * Password sign-in (form and HTTP Basic) with throttling: a locked account is refused before its password is
 * checked; an address over its failure limit is refused only for accounts that have failed there or elsewhere.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserAccounts users, PasswordEncoder passwords, LoginThrottle throttle,
                                    Clock clock) {
        super(userDetailsService(users, clock));
        setPasswordEncoder(passwords);
        this.throttle = throttle;
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

    private static UserDetailsService userDetailsService(UserAccounts users, Clock clock) {
        return username -> {
            UserAccount account = users.findByUsernameIgnoreCase(username.strip())
                    .orElseThrow(() -> new UsernameNotFoundException("unknown"));
            return new HtxUserDetails(account, clock.instant());
        };
    }

    /** Too many failures from this address in the window. */
    static final class AddressThrottledException extends LockedException {
        AddressThrottledException() {
            super("address throttled");
        }
    }
}
