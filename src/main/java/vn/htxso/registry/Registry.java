package vn.htxso.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.OrganisationDirectory;
import vn.htxso.registry.internal.Organisation;
import vn.htxso.registry.internal.Organisations;

/** The registry's API for other modules: look organisations up by id. */
@Service
@Transactional(readOnly = true)
public class Registry implements OrganisationDirectory {

    private final Organisations organisations;

    Registry(Organisations organisations) {
        this.organisations = organisations;
    }

    public Optional<OrganisationSummary> find(CooperativeId id) {
        return organisations.findById(id.value()).map(Organisation::summary);
    }

    /** The organisations of a province, by name. */
    public List<OrganisationSummary> inProvince(String provinceCode) {
        return organisations.findByProvinceCodeOrderByName(provinceCode).stream().map(Organisation::summary).toList();
    }

    @Override
    public Optional<OrganisationRef> find(UUID organisationId) {
        return organisations.findById(organisationId)
                .map(o -> new OrganisationRef(o.id(), o.name(), o.provinceCode()));
    }
}
