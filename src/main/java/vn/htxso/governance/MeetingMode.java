package vn.htxso.governance;

/** How members take part in an assembly (Art. 61). */
public enum MeetingMode {
    IN_PERSON, ONLINE, BOTH
}
