package vn.htxso.registry;

/**
 * What other modules may know of an organisation.
 *
 * @param sizeClass the size class of Decree 113/2024 (drives subsidy caps), or {@code null} when not known
 */
public record OrganisationSummary(CooperativeId id, String registrationNo, String name, OrganisationKind kind,
                                  String provinceCode, String communeName, Sector sector,
                                  OrganisationStatus status, SizeClass sizeClass) {
}
