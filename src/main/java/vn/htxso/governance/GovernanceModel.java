package vn.htxso.governance;

/** The governance model (Art. 56): full (board, director, supervisory board) or reduced (director, controller). */
public enum GovernanceModel {
    FULL, REDUCED
}
