/**
 * The HTX digital-maturity index (HTX-DMI): the versioned model, the questionnaire answered in steps, scoring into
 * levels and a DBI reading, evidence and its verification, province and national views. Its API is
 * {@link vn.htxso.assessment.Assessments}; {@link vn.htxso.assessment.AssessmentScoring} holds the rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment", allowedDependencies = {"platform", "registry"})
package vn.htxso.assessment;
