package vn.htxso.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
import vn.htxso.platform.internal.UserAccounts;

/**
 * Counts failed sign-ins. Per account in the database (so it holds across nodes and restarts): at the limit the
 * account locks for a while. Per address in memory, with a far looser limit, and only against accounts that have
 * failed themselves: a co-op office or a carrier's NAT never locks out a person who typed the right password.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final UserAccounts users;
    private final LoginProperties properties;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, Deque<Instant>> addressFailures = new ConcurrentHashMap<>();

    LoginThrottle(UserAccounts users, LoginProperties properties, AuditLog audit, TransactionTemplate transactions,
                  Clock clock) {
        this.users = users;
        this.properties = properties;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    boolean addressBlocked(String address) {
        if (address == null) {
            return false;
        }
        Deque<Instant> failures = addressFailures.get(address);
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            prune(failures);
            return failures.size() >= properties.maxAddressFailures();
        }
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
            Instant now = clock.instant();
            Instant lockUntil = now.plus(properties.accountLockDuration());
            transactions.executeWithoutResult(status ->
                    users.recordFailure(username, properties.maxAccountFailures(), now, lockUntil));
            countAddressFailure(address);
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

    private void countAddressFailure(String address) {
        if (address == null) {
            return;
        }
        if (addressFailures.size() > MAX_TRACKED_ADDRESSES) {
            addressFailures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> failures = addressFailures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures);
            failures.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> failures) {
        Instant since = clock.instant().minus(properties.addressWindow());
        while (!failures.isEmpty() && failures.peekFirst().isBefore(since)) {
            failures.removeFirst();
        }
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
