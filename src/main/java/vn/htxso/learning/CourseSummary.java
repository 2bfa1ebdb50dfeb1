package vn.htxso.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * A course in the catalogue.
 *
 * @param provinceCode the province it is held in, {@code null} for a national (or online) course
 * @param externalUrl set when the course points to another programme (the national digital-literacy platform)
 * @param ethnicLanguages the ethnic-language versions it has (Thái, Hmông, Dao …)
 */
public record CourseSummary(CourseId id, String title, String summary, CourseFormat format, String provinceCode,
                            LocalDate startsOn, List<String> dimensions, String externalUrl,
                            List<String> ethnicLanguages, boolean audioAvailable, int passMark) {

    public CourseSummary {
        dimensions = List.copyOf(dimensions);
        ethnicLanguages = List.copyOf(ethnicLanguages);
    }
}
