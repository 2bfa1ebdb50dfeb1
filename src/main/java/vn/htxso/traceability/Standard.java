package vn.htxso.traceability;

/** The production standard a plot follows. VietGAP is TCVN 11892-1:2017; organic is TCVN 11041. */
public enum Standard {
    VIETGAP, ORGANIC, NONE
}
