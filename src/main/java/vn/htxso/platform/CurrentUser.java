package vn.htxso.platform;

import java.util.Set;
import java.util.UUID;

/**
 * Who is signed in, and the scope they are bound to. Controllers receive it as a method parameter; services use it
 * to decide what a user may see or change.
 *
 * @param provinceCode the province a province admin (or a co-op's user) belongs to, else {@code null}
 * @param organisationId the organisation a co-op manager or member seller is bound to, else {@code null}
 * @param providerId the DX provider company a provider user works for, else {@code null}
 */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles, String provinceCode,
                          UUID organisationId, UUID providerId)
        implements java.io.Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isNationalAdmin() {
        return has(Role.NATIONAL_ADMIN);
    }

    public boolean isAdmin() {
        return has(Role.NATIONAL_ADMIN) || has(Role.PROVINCE_ADMIN);
    }

    /** National admins see every province; a province admin only its own. */
    public boolean administers(String province) {
        return isNationalAdmin() || (has(Role.PROVINCE_ADMIN) && provinceCode != null && provinceCode.equals(province));
    }

    /** Whether the user manages or sells for the given organisation. */
    public boolean belongsTo(UUID organisation) {
        return organisation != null && organisation.equals(organisationId)
                && (has(Role.COOP_MANAGER) || has(Role.MEMBER_SELLER));
    }

    public boolean manages(UUID organisation) {
        return has(Role.COOP_MANAGER) && organisation != null && organisation.equals(organisationId);
    }
}
