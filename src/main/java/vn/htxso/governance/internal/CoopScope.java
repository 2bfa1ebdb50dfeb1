package vn.htxso.governance.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Registry;

/**
 * Who may see and change a co-op's governance: its manager writes; its members (accounts bound to it) read; the
 * alliance of its province and the national alliance read. Another co-op's or province's user gets 404 (the co-op's
 * existence is not revealed); a user with no co-op or province role gets 403.
 */
@Component
public class CoopScope {

    private final Registry registry;

    CoopScope(Registry registry) {
        this.registry = registry;
    }

    public OrganisationSummary readable(CurrentUser user, UUID organisationId) {
        OrganisationSummary org = registry.find(new CooperativeId(organisationId))
                .orElseThrow(() -> new NotFound("organisation"));
        if (canRead(user, org)) {
            return org;
        }
        throw outside(user);
    }

    public OrganisationSummary manageable(CurrentUser user, UUID organisationId) {
        OrganisationSummary org = readable(user, organisationId);
        if (!user.manages(organisationId)) {
            throw new Forbidden();
        }
        return org;
    }

    public static boolean canRead(CurrentUser user, OrganisationSummary org) {
        return user != null && (user.administers(org.provinceCode()) || user.belongsTo(org.id().value()));
    }

    /** 404 for a user scoped to another co-op or province, 403 for anyone else. */
    public static RuntimeException outside(CurrentUser user) {
        if (user != null && (user.has(Role.PROVINCE_ADMIN) || user.has(Role.COOP_MANAGER)
                || user.has(Role.MEMBER_SELLER))) {
            return new NotFound("organisation");
        }
        return new Forbidden();
    }
}
