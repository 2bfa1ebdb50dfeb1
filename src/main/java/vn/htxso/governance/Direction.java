package vn.htxso.governance;

/** Whether a transaction is a revenue or a cost of the co-op. */
public enum Direction {
    REVENUE, COST
}
