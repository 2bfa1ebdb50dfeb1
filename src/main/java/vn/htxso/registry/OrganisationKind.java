package vn.htxso.registry;

/** Kinds of cooperative organisation, with the law's minimum number of founding members (a warning, not a block). */
public enum OrganisationKind {
    /** Hợp tác xã: at least 5 official members. */
    HTX(5),
    /** Tổ hợp tác: at least 2 members. */
    THT(2),
    /** Liên hiệp hợp tác xã: at least 3 member cooperatives. */
    LHHTX(3);

    private final int minimumMembers;

    OrganisationKind(int minimumMembers) {
        this.minimumMembers = minimumMembers;
    }

    public int minimumMembers() {
        return minimumMembers;
    }
}
