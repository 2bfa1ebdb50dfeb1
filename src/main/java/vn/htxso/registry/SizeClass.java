package vn.htxso.registry;

/** Size classes of cooperatives (Decree 113/2024), used e.g. for subsidy caps of DX support programmes. */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE
}
