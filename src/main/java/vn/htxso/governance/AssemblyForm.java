package vn.htxso.governance;

/** All official members, or their delegates (from 50 official members, Art. 57). */
public enum AssemblyForm {
    FULL, DELEGATES
}
