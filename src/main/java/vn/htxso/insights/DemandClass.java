package vn.htxso.insights;

/** Syntetos–Boylan–Croston demand classes (cut-offs ADI 1.32 and CV² 0.49). */
public enum DemandClass {
    SMOOTH, ERRATIC, INTERMITTENT, LUMPY;

    public boolean intermittent() {
        return this == INTERMITTENT || this == LUMPY;
    }
}
