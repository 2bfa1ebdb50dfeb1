package vn.htxso.traceability;

/** What an input log applied; only pesticides carry a pre-harvest interval that blocks harvests. */
public enum InputType {
    FERTILISER, PESTICIDE, OTHER
}
