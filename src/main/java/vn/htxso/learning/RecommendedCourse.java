package vn.htxso.learning;

/**
 * A course for a weak HTX-DMI dimension of a co-op.
 *
 * @param level the dimension's level (0–5) in the co-op's latest assessment
 * @param inProvince whether the course is held in the co-op's province (listed before national ones)
 */
public record RecommendedCourse(CourseId courseId, String title, String dimension, int level, boolean inProvince) {
}
