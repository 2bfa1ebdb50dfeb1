package vn.htxso.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the registry, so that the platform can bind a user to an organisation and check its province
 * without depending on the registry.
 */
public interface OrganisationDirectory {

    Optional<OrganisationRef> find(UUID organisationId);

    record OrganisationRef(UUID id, String name, String provinceCode) {
    }
}
