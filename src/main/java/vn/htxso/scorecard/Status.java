package vn.htxso.scorecard;

/** Where an indicator stands against its target. */
public enum Status {
    MET, ON_THE_WAY, FAR
}
