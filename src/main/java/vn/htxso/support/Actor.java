package vn.htxso.support;

/** Who may make a transition: the co-op's manager, an alliance admin of its province, or the package's provider. */
public enum Actor {
    COOP, ADMIN, PROVIDER
}
