package vn.htxso.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.OrganisationDirectory;
import vn.htxso.platform.OrganisationDirectory.OrganisationRef;
import vn.htxso.platform.Role;

/** Accounts: buyer self-registration, accounts made by admins within their scope, personal API tokens. */
@Service
public class Accounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Roles a province admin may give, always inside its own province. */
    private static final Set<Role> PROVINCE_GRANTABLE = EnumSet.of(Role.PROVINCE_ADMIN, Role.COOP_MANAGER,
            Role.MEMBER_SELLER);

    private final UserAccounts users;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final AdminUnits adminUnits;
    private final ObjectProvider<OrganisationDirectory> organisations;
    private final Clock clock;

    Accounts(UserAccounts users, ApiTokens tokens, PasswordEncoder passwords, AuditLog audit, AdminUnits adminUnits,
             ObjectProvider<OrganisationDirectory> organisations, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
        this.adminUnits = adminUnits;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * A buyer signs up with a phone number (one spelling: {@code 09…}) or an e-mail address as the user name. A login
     * that already has an account is left as it is, and the caller answers exactly as for a new one (the page must
     * not tell a stranger which logins exist); the password is hashed either way, so the time taken tells nothing.
     *
     * @return the new account, or empty when the login already had one
     */
    @Transactional
    public Optional<CurrentUser> registerBuyer(String login, String displayName, String rawPassword) {
        String username = Logins.normalise(login);
        String hash = passwords.encode(rawPassword);
        if (users.existsByUsernameIgnoreCase(username)) {
            audit.record(AuditEntry.of("user.registrationRepeated", "user", username, null));
            return Optional.empty();
        }
        UserAccount account = new UserAccount(username, displayName.strip(), hash,
                EnumSet.of(Role.BUYER), clock.instant());
        if (username.contains("@")) {
            account.contact(username, null);
        } else {
            account.contact(null, username);
        }
        users.save(account);
        audit.record(AuditEntry.of("user.registered", "user", account.id(), username));
        return Optional.of(account.toCurrentUser());
    }

    /** An admin creates an account inside its scope. */
    @Transactional
    public UserAccount create(CurrentUser admin, NewAccount request) {
        Role role = request.role();
        String province = request.provinceCode();
        UUID organisation = request.organisationId();
        if (role == Role.COOP_MANAGER || role == Role.MEMBER_SELLER) {
            if (organisation == null) {
                throw invalid("organisationId", "platform.users.organisation.required");
            }
            OrganisationRef ref = organisations.getIfAvailable(() -> id -> Optional.empty()).find(organisation)
                    .orElseThrow(() -> invalid("organisationId", "platform.users.organisation.unknown"));
            province = ref.provinceCode();
        } else {
            organisation = null;
        }
        if (role == Role.PROVINCE_ADMIN && !adminUnits.isProvince(province)) {
            throw invalid("provinceCode", "platform.users.province.required");
        }
        if (role == Role.PROVIDER && request.providerId() == null) {
            throw invalid("providerId", "platform.users.provider.required");
        }
        if (!admin.isNationalAdmin()) {
            boolean allowed = admin.has(Role.PROVINCE_ADMIN) && PROVINCE_GRANTABLE.contains(role)
                    && admin.provinceCode().equals(province);
            if (!allowed) {
                throw new Forbidden();
            }
        }
        String username = Logins.normalise(request.username());
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT,
                    List.of(new FieldProblem("username", "platform.users.username.taken")),
                    "platform.users.username.taken");
        }
        UserAccount account = new UserAccount(username,
                request.displayName().strip(), passwords.encode(request.password()), EnumSet.of(role),
                clock.instant());
        account.bindTo(role == Role.BUYER || role == Role.NATIONAL_ADMIN ? null : province, organisation,
                role == Role.PROVIDER ? request.providerId() : null);
        account.contact(blankToNull(request.email()), Logins.normalise(blankToNull(request.phone())));
        users.save(account);
        audit.record(AuditEntry.of("user.created", "user", account.id(), account.username() + " " + role)
                .inProvince(account.provinceCode()).ofOrganisation(organisation));
        return account;
    }

    @Transactional
    public void setEnabled(CurrentUser admin, UUID userId, boolean enabled) {
        UserAccount account = visibleTo(admin, userId);
        if (account.id().equals(admin.id())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "platform.users.self");
        }
        if (!admin.isNationalAdmin() && account.roles().contains(Role.NATIONAL_ADMIN)) {
            throw new Forbidden();
        }
        account.enable(enabled);
        audit.record(AuditEntry.of(enabled ? "user.enabled" : "user.disabled", "user", account.id(),
                account.username()).inProvince(account.provinceCode()));
    }

    /** An admin lifts a sign-in lock (and the failure count) of an account in its scope. */
    @Transactional
    public void unlock(CurrentUser admin, UUID userId) {
        UserAccount account = visibleTo(admin, userId);
        if (!admin.isNationalAdmin() && account.roles().contains(Role.NATIONAL_ADMIN)) {
            throw new Forbidden();
        }
        users.resetFailures(account.username());
        audit.record(AuditEntry.of("user.unlocked", "user", account.id(), account.username())
                .inProvince(account.provinceCode()));
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> list(CurrentUser admin, String query, Pageable pageable) {
        if (!admin.isAdmin()) {
            throw new Forbidden();
        }
        String province = admin.isNationalAdmin() ? null : admin.provinceCode();
        String q = query == null || query.isBlank() ? null
                : vn.htxso.platform.Like.containing(query.strip().toLowerCase(java.util.Locale.ROOT));
        return users.search(province, q, pageable);
    }

    @Transactional(readOnly = true)
    public UserAccount visibleTo(CurrentUser admin, UUID userId) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFound("user"));
        if (!admin.isNationalAdmin()
                && !(admin.has(Role.PROVINCE_ADMIN) && admin.provinceCode().equals(account.provinceCode()))) {
            throw new NotFound("user");
        }
        return account;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> byUsername(String username) {
        return users.findByUsernameIgnoreCase(Logins.normalise(username));
    }

    @Transactional(readOnly = true)
    public UserAccount byId(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFound("user"));
    }

    @Transactional
    public void preferLocale(UUID userId, String locale) {
        users.findById(userId).ifPresent(u -> u.preferLocale(locale));
    }

    // --- personal API tokens -------------------------------------------------------------------------------------

    @Transactional
    public CreatedToken createToken(CurrentUser user, String name) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = "htx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken saved = tokens.save(new ApiToken(user.id(), name.strip(), hash(token), clock.instant()));
        audit.record(AuditEntry.of("token.created", "api_token", saved.id(), name).inProvince(user.provinceCode()));
        return new CreatedToken(saved.id(), saved.name(), token, saved.createdAt());
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokensOf(CurrentUser user) {
        return tokens.findActiveByUser(user.id());
    }

    @Transactional
    public void revokeToken(CurrentUser user, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.userId().equals(user.id()) && !t.revoked())
                .orElseThrow(() -> new NotFound("token"));
        token.revoke(clock.instant());
        audit.record(AuditEntry.of("token.revoked", "api_token", token.id(), token.name())
                .inProvince(user.provinceCode()));
    }

    /** The account behind a bearer token, if the token is known, not revoked and its user enabled. */
    @Transactional
    public Optional<UserAccount> authenticateToken(String rawToken) {
        Instant now = clock.instant();
        return tokens.findActiveByHash(hash(rawToken)).flatMap(token -> {
            tokens.touch(token.id(), now, now.minus(Duration.ofMinutes(1)));
            return users.findById(token.userId()).filter(UserAccount::enabled);
        });
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BusinessRuleViolation invalid(String field, String key) {
        return new BusinessRuleViolation(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(field, key)), key);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What an admin fills in to create an account. */
    public record NewAccount(String username, String displayName, String password, Role role, String provinceCode,
                             UUID organisationId, UUID providerId, String email, String phone) {
    }

    /** A token as shown once, at creation. */
    public record CreatedToken(UUID id, String name, String token, Instant createdAt) implements java.io.Serializable {
    }
}
