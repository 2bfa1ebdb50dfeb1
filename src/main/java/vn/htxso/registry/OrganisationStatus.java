package vn.htxso.registry;

/** The status of an organisation; statistics count {@link #ACTIVE} apart. */
public enum OrganisationStatus {
    ACTIVE, SUSPENDED, INACTIVE, DISSOLVED, BANKRUPT
}
