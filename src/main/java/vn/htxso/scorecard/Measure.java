package vn.htxso.scorecard;

/**
 * The fixed list of measures an indicator may use. Each is computed per commune from the platform's own data.
 */
public enum Measure {
    /** Active organisations registered in the commune (the registry today). */
    COOPS(Kind.COUNT, Period.ON_DAY),
    /** Share of those with a completed HTX-DMI assessment by the end of the period, in %. */
    COOPS_ASSESSED_SHARE(Kind.SHARE, Period.ON_DAY),
    /** Average HTX-DMI level of the assessed co-ops (their latest assessment). */
    AVERAGE_DMI_LEVEL(Kind.LEVEL, Period.ON_DAY),
    /** Share of active co-ops whose latest assessment is at level 2 or more, in %. */
    COOPS_LEVEL2_SHARE(Kind.SHARE, Period.ON_DAY),
    /** Verified market shops registered in the commune (co-ops and member households). */
    SHOPS_ONLINE(Kind.COUNT, Period.ON_DAY),
    /** Active products of those shops. */
    ACTIVE_PRODUCTS(Kind.COUNT, Period.ON_DAY),
    /** Active products with a valid OCOP rating. */
    OCOP_PRODUCTS_ONLINE(Kind.COUNT, Period.ON_DAY),
    /** Orders of the commune's shops (verified or not now) in the last 12 months, cancelled ones not counted. */
    ORDERS_12M(Kind.COUNT, Period.TWELVE_MONTHS),
    /** Sales (VND) of those orders. */
    SALES_12M(Kind.MONEY, Period.TWELVE_MONTHS),
    /** Share of those orders paid by VietQR transfer rather than cash, in %. */
    VIETQR_SHARE(Kind.SHARE, Period.TWELVE_MONTHS),
    /** Traced lots published by the commune's co-ops in the year. */
    LOTS_PUBLISHED(Kind.COUNT, Period.YEAR);

    /** How a value reads. */
    public enum Kind {
        COUNT, SHARE, LEVEL, MONEY
    }

    /** Which dates a value covers. */
    public enum Period {
        ON_DAY, TWELVE_MONTHS, YEAR
    }

    private final Kind kind;
    private final Period period;

    Measure(Kind kind, Period period) {
        this.kind = kind;
        this.period = period;
    }

    public Kind kind() {
        return kind;
    }

    public Period period() {
        return period;
    }

    /** The largest sensible target: 100 for a share, 5 for a level. */
    public double maxTarget() {
        return switch (kind) {
            case SHARE -> 100;
            case LEVEL -> 5;
            case COUNT -> 1_000_000;
            case MONEY -> 1_000_000_000_000d;
        };
    }
}
