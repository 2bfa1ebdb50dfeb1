package vn.htxso.registry;

/** What other modules may know of an organisation. */
public record OrganisationSummary(CooperativeId id, String registrationNo, String name, OrganisationKind kind,
                                  String provinceCode, String communeName, Sector sector,
                                  OrganisationStatus status) {
}
