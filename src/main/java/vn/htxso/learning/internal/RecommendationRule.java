package vn.htxso.learning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.htxso.learning.CourseSummary;
import vn.htxso.learning.RecommendedCourse;
import vn.htxso.learning.TrainingEvent;

/**
 * Gap linking: every HTX-DMI dimension at level {@value #WEAK_LEVEL} or below gets the courses tagged with it, those
 * held in the co-op's province first, then national ones (at most {@value #PER_DIMENSION} per dimension). A co-op
 * with no dimension that low still gets courses for its weakest dimensions (the lowest level, when below
 * {@value #STRONG_LEVEL}). Upcoming events in the co-op's province come before the others.
 */
public final class RecommendationRule {

    public static final int WEAK_LEVEL = 1;
    public static final int PER_DIMENSION = 3;
    public static final int STRONG_LEVEL = 4;

    private RecommendationRule() {
    }

    /**
     * @param levels each dimension's level, in the model's order
     * @param courses the published catalogue
     */
    public static List<RecommendedCourse> courses(Map<String, Integer> levels, String provinceCode,
                                                  List<CourseSummary> courses) {
        List<RecommendedCourse> result = new ArrayList<>();
        int lowest = levels.values().stream().mapToInt(Integer::intValue).min().orElse(STRONG_LEVEL);
        int threshold = lowest <= WEAK_LEVEL ? WEAK_LEVEL : lowest < STRONG_LEVEL ? lowest : -1;
        for (Map.Entry<String, Integer> dimension : new LinkedHashMap<>(levels).entrySet()) {
            if (dimension.getValue() > threshold) {
                continue;
            }
            courses.stream()
                    .filter(c -> c.dimensions().contains(dimension.getKey()))
                    .filter(c -> c.provinceCode() == null || c.provinceCode().equals(provinceCode))
                    .sorted(Comparator.comparing((CourseSummary c) -> c.provinceCode() == null)
                            .thenComparing(c -> c.externalUrl() != null)
                            .thenComparing(CourseSummary::title))
                    .limit(PER_DIMENSION)
                    .forEach(c -> result.add(new RecommendedCourse(c.id(), c.title(), dimension.getKey(),
                            dimension.getValue(), c.provinceCode() != null)));
        }
        return result;
    }

    /** Upcoming events, those in the co-op's province first, then by start. */
    public static List<TrainingEvent> events(String provinceCode, List<TrainingEvent> upcoming) {
        return upcoming.stream()
                .sorted(Comparator.comparing((TrainingEvent e) -> !java.util.Objects.equals(e.provinceCode(), provinceCode))
                        .thenComparing(TrainingEvent::startsAt))
                .toList();
    }
}
