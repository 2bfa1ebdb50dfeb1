package vn.htxso.registry.web;

import vn.htxso.registry.Directory;
import vn.htxso.registry.OrganisationEditing;

/** Between the organisation form and the directory's records. */
final class OrganisationForms {

    private OrganisationForms() {
    }

    static OrganisationForm of(Directory.Details org) {
        OrganisationForm form = new OrganisationForm();
        form.setRegistrationNo(org.registrationNo());
        form.setName(org.name());
        form.setKind(org.kind());
        form.setProvinceCode(org.provinceCode());
        form.setCommuneName(org.communeName());
        form.setSector(org.sector());
        form.setStatus(org.status());
        form.setFoundedOn(org.foundedOn());
        form.setMembers(org.members());
        form.setCharterCapitalVnd(org.charterCapitalVnd());
        form.setGovernanceModel(org.governanceModel());
        form.setDirectorName(org.directorName());
        form.setPhone(org.phone());
        form.setEmail(org.email());
        form.setAddress(org.address());
        form.setVersion(org.version());
        return form;
    }

    static OrganisationEditing.Changes changes(OrganisationForm form) {
        return new OrganisationEditing.Changes(form.getName(), form.getKind(), form.getCommuneName(), form.getSector(),
                form.getStatus(), form.getFoundedOn(), form.getMembers(), form.getCharterCapitalVnd(),
                form.getGovernanceModel(), form.getDirectorName(), form.getPhone(), form.getEmail(), form.getAddress(),
                form.getVersion());
    }

    static OrganisationEditing.NewOrganisation newOrganisation(OrganisationForm form) {
        return new OrganisationEditing.NewOrganisation(form.getRegistrationNo(), form.getName(), form.getKind(),
                form.getProvinceCode(), form.getCommuneName(), form.getSector(), form.getFoundedOn(),
                form.getMembers(), form.getCharterCapitalVnd());
    }
}
