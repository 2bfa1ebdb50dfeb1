package vn.htxso.platform;

/** The roles of HTX Số. Code compares these constants, never strings. */
public enum Role {
    NATIONAL_ADMIN, PROVINCE_ADMIN, COOP_MANAGER, MEMBER_SELLER, BUYER, PROVIDER;

    public static final String PREFIX = "ROLE_";

    public String authority() {
        return PREFIX + name();
    }
}
