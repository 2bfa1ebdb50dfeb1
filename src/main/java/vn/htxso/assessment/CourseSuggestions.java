package vn.htxso.assessment;

import java.util.List;

/**
 * Implemented by the learning module: courses for the weak dimensions of a completed assessment. The assessment
 * module shows them on the results page without knowing courses.
 */
public interface CourseSuggestions {

    List<Suggestion> suggest(AssessmentSummary assessment, int limit);

    /** A course for {@code dimension}, at {@code level} in this assessment; {@code link} opens the course. */
    record Suggestion(String title, String dimension, int level, String link) {
    }
}
