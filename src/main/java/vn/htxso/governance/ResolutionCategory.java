package vn.htxso.governance;

/** Ordinary matters, or special ones (charter change, reorganisation or dissolution, asset deals of at least half the total assets) with the higher threshold. */
public enum ResolutionCategory {
    ORDINARY, SPECIAL
}
