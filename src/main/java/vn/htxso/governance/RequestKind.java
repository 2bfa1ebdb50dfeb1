package vn.htxso.governance;

/** What members ask the convenor in writing: an extraordinary assembly (Art. 59) or an agenda change (Art. 60). */
public enum RequestKind {
    EXTRAORDINARY, AGENDA
}
