package vn.htxso.governance;

/**
 * Why a request is refused (Art. 60): too few signatures or too late (decided by the rule), or, for an agenda
 * change, off the assembly's topic, beyond its powers, or against the charter (decided by the convenor).
 */
public enum RefusalReason {
    TOO_FEW_SIGNATURES, LATE, OFF_TOPIC, OUT_OF_POWER, CHARTER;

    /** The reasons a convenor may give; the others come from the rule. */
    public boolean convenorMayGive() {
        return this == OFF_TOPIC || this == OUT_OF_POWER || this == CHARTER;
    }
}
