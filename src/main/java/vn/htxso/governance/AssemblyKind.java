package vn.htxso.governance;

/** Annual or extraordinary general assembly (Art. 59). */
public enum AssemblyKind {
    ANNUAL, EXTRAORDINARY
}
