package vn.htxso.traceability;

/** How a lot came to be. */
public enum LotOrigin {
    HARVEST, PROCESSING, RECEIVED
}
