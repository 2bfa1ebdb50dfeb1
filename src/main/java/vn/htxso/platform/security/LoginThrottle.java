package vn.htxso.platform.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.internal.Logins;
import vn.htxso.platform.UnlockLinks;
import vn.htxso.platform.internal.UserAccounts;

/**
 * Counts failed sign-ins. Per account in the database (so it holds across nodes and restarts): at the limit the
 * account locks for a while. Per address ({@link AddressFailures}: in memory, or shared by the nodes of a cluster),
 * with a far looser limit, and only against accounts that have failed themselves: a co-op office or a carrier's NAT
 * never locks out a person who typed the right password.
 */
@Component
class LoginThrottle {

    private final UserAccounts users;
    private final LoginProperties properties;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AddressFailures addressFailures;
    private final UnlockLinks unlockLinks;

    LoginThrottle(UserAccounts users, LoginProperties properties, AuditLog audit, TransactionTemplate transactions,
                  Clock clock, AddressFailures addressFailures, UnlockLinks unlockLinks) {
        this.unlockLinks = unlockLinks;
        this.users = users;
        this.properties = properties;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.addressFailures = addressFailures;
    }

    boolean addressBlocked(String address) {
        return addressFailures.blocked(address);
    }

    /**
     * Slows the answer for an account that keeps failing (from its third failure on, half a second more each
     * time, at most two seconds) before it locks. Requests run on virtual threads, so waiting costs no thread.
     */
    void slowDown(int failures) {
        long millis = Math.min(Math.max(failures - 2, 0) * properties.slowDownStep().toMillis(), 2_000);
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = Logins.normalise(event.getAuthentication().getName());
        String address = address(event.getAuthentication().getDetails());
        if (event.getException() instanceof BadCredentialsException) {
            // milliseconds: the lock's end is found again by equality (UnlockLinks), whatever the database keeps
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            Instant lockUntil = now.plus(properties.accountLockDuration());
            transactions.executeWithoutResult(status ->
                    users.recordFailure(username, properties.maxAccountFailures(), now, lockUntil));
            addressFailures.count(address);
            // the lock that began with this failure: its owner gets an e-mailed link that lifts it
            transactions.executeWithoutResult(status -> unlockLinks.lockBegan(username, lockUntil));
        }
        audit.recordAs(username == null ? "?" : username,
                AuditEntry.of("login.failed", "user", username, event.getException().getClass().getSimpleName()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        transactions.executeWithoutResult(status -> users.resetFailures(Logins.normalise(event.getAuthentication().getName())));
    }

    @EventListener
    void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(),
                AuditEntry.of("login.succeeded", "user", event.getAuthentication().getName(), null));
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
