/**
 * Training and communication: courses tied to HTX-DMI gaps, events with registration, a waiting list and QR
 * attendance (offline too), verifiable certificates and xAPI records. It reads assessments through the assessment
 * module's API and listens to {@link vn.htxso.assessment.AssessmentCompleted}; it never writes other modules' tables.
 * Its API: {@link vn.htxso.learning.CourseCatalogue}, {@link vn.htxso.learning.CourseRecommendations},
 * {@link vn.htxso.learning.TrainingCalendar}, {@link vn.htxso.learning.Attendance},
 * {@link vn.htxso.learning.Certification}, {@link vn.htxso.learning.LearningRecords},
 * {@link vn.htxso.learning.TrainingFigures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning",
        allowedDependencies = {"platform", "registry", "assessment"})
package vn.htxso.learning;
