package vn.htxso.governance;

/** What a resolution decides; elections of officers are voted by secret ballot. */
public enum ResolutionSubject {
    GENERAL, ELECTION, CHARTER, DISTRIBUTION
}
