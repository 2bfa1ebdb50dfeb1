package vn.htxso.governance;

/** Counts recorded after a show of hands, or a vote online (with paper ballots added by the secretary). */
public enum VotingMethod {
    RECORDED, ONLINE
}
