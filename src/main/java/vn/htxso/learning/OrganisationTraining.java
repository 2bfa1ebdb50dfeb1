package vn.htxso.learning;

/**
 * @param membersTrained people of the organisation checked in to at least one event in the period
 * @param certificates valid certificates issued in the period to people of the organisation
 */
public record OrganisationTraining(int membersTrained, int certificates) {
}
