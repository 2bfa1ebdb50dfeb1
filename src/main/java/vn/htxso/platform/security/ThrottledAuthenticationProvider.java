package vn.htxso.platform.security;

import java.time.Clock;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.htxso.platform.internal.UserAccount;
import vn.htxso.platform.internal.UserAccounts;

/**
 * Password sign-in (form and HTTP Basic) with throttling: a locked account is refused before its password is
 * checked; an address over its failure limit is refused only for accounts that have failed (or do not exist).
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final UserAccounts users;

    ThrottledAuthenticationProvider(UserAccounts users, PasswordEncoder passwords, LoginThrottle throttle,
                                    Clock clock) {
        super(userDetailsService(users, clock));
        setPasswordEncoder(passwords);
        this.throttle = throttle;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = LoginThrottle.address(authentication.getDetails());
        int failures = users.findByUsernameIgnoreCase(authentication.getName())
                .map(UserAccount::failedAttempts).orElse(-1);
        if (throttle.addressBlocked(address) && failures != 0) {
            throw new AddressThrottledException();
        }
        throttle.slowDown(failures);
        return super.authenticate(authentication);
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
