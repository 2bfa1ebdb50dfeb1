package vn.htxso.traceability;

import java.util.UUID;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;

/** Who may write a co-op's diary and lots: its members (MEMBER_SELLER) and managers (COOP_MANAGER). */
final class Access {

    private Access() {
    }

    /** The co-op the user writes for; 403 for users who belong to no co-op. */
    static UUID coop(CurrentUser user) {
        if (user == null || user.organisationId() == null
                || !(user.has(Role.COOP_MANAGER) || user.has(Role.MEMBER_SELLER))) {
            throw new Forbidden();
        }
        return user.organisationId();
    }

    /** The co-op a manager runs; 403 for members and others. */
    static UUID managedCoop(CurrentUser user) {
        UUID coop = coop(user);
        if (!user.manages(coop)) {
            throw new Forbidden();
        }
        return coop;
    }

    /** Another co-op's record is answered as unknown. */
    static void own(CurrentUser user, UUID organisationId, String what) {
        if (!coop(user).equals(organisationId)) {
            throw new NotFound(what);
        }
    }
}
