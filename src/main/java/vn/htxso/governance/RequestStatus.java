package vn.htxso.governance;

/** A request's state: an agenda change waits for the convenor's decision; the law's checks decide the rest. */
public enum RequestStatus {
    PENDING, ACCEPTED, REFUSED
}
