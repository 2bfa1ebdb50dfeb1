package vn.htxso.governance;

/**
 * What a resolution decides; elections of officers are voted by secret ballot; ACCOUNTS approves a year's financial
 * statements (after which capital is refunded to members who left).
 */
public enum ResolutionSubject {
    GENERAL, ELECTION, CHARTER, DISTRIBUTION, ACCOUNTS
}
