package vn.htxso.governance;

/** The offices of the full and reduced models (Art. 65-72). */
public enum OfficerRole {
    BOARD_CHAIR, BOARD_MEMBER, DIRECTOR, SUPERVISORY_HEAD, SUPERVISOR, CONTROLLER
}
