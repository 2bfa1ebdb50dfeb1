package vn.htxso.traceability;

/** Kinds of farm-diary logs (modelled on farmOS). */
public enum LogKind {
    ACTIVITY, INPUT, OBSERVATION, SEEDING, HARVEST, LAB_TEST
}
