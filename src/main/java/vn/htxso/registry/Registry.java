package vn.htxso.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.OrganisationDirectory;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.internal.MemberEntries;
import vn.htxso.registry.internal.OrganisationChanges;
import vn.htxso.registry.internal.Organisation;
import vn.htxso.registry.internal.Organisations;

/**
 * The registry's API for other modules: look organisations up by id; note in an organisation's history what another
 * module did for it (a support package deployed).
 */
@Service
@Transactional(readOnly = true)
public class Registry implements OrganisationDirectory {

    /** The history action of a support package deployed at the organisation (support module). */
    public static final String SUPPORT_DEPLOYED = "SUPPORT_DEPLOYED";

    private final Organisations organisations;
    private final MemberEntries memberEntries;
    private final OrganisationChanges history;

    Registry(Organisations organisations, MemberEntries memberEntries, OrganisationChanges history) {
        this.organisations = organisations;
        this.memberEntries = memberEntries;
        this.history = history;
    }

    /**
     * A line of the organisation's history page written by another module; the same line (organisation, action,
     * details) is written once, so a redelivered event adds nothing.
     */
    @Transactional
    public void noteInHistory(CooperativeId id, Instant at, String actor, String action, String details) {
        history.addOnce(id.value(), VnTime.at(at), actor, action, details);
    }

    /** The organisation's charter capital in VND, when known. */
    public Optional<Long> charterCapital(CooperativeId id) {
        return organisations.findById(id.value()).map(Organisation::charterCapitalVnd);
    }

    /** The organisation's member register (current and former members), by name; no personal data. */
    public List<RegisteredMember> members(CooperativeId id) {
        return memberEntries.of(id.value());
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
