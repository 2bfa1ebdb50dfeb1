package vn.htxso.governance;

/** A resolution's counts: recorded at once, or a vote open until the manager closes it. */
public enum ResolutionStatus {
    RECORDED, OPEN, CLOSED
}
