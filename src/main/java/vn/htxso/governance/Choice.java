package vn.htxso.governance;

/** A member's choice on a resolution. */
public enum Choice {
    FOR, AGAINST, ABSTAIN
}
