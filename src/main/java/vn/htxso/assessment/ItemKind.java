package vn.htxso.assessment;

/** The kinds of HTX-DMI item. */
public enum ItemKind {
    /** A 0–5 ladder with a description for each step. */
    LADDER,
    /** A checklist of options; each ticked option counts. */
    CHECKLIST,
    /** A share of members, 0–100 %. */
    SHARE,
    /** A number turned into 0–5 points by thresholds. */
    THRESHOLD,
    /** A yes that counts only once an alliance officer has verified its evidence (photo, link or file). */
    EVIDENCE,
    /** Unscored: what the co-op needs; feeds the support suggestions. */
    NEEDS;

    public boolean scored() {
        return this != NEEDS;
    }
}
