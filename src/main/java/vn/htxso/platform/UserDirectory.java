package vn.htxso.platform;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.platform.internal.UserAccount;

/**
 * Finds an account by its user name for other modules (e.g. an alliance officer linking a household shop to its
 * owner), as the user it is: roles, province, organisation. Never its password or tokens.
 */
@Service
public class UserDirectory {

    private final Accounts accounts;

    UserDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.byUsername(username.strip()).map(UserAccount::toCurrentUser);
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> byId(java.util.UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(accounts.byId(id).toCurrentUser());
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }
}
