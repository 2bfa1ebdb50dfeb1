package vn.htxso.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.htxso.learning.CourseFormat;
import vn.htxso.learning.CourseId;
import vn.htxso.learning.CourseSummary;
import vn.htxso.learning.EventId;
import vn.htxso.learning.EventKind;
import vn.htxso.learning.RecommendedCourse;
import vn.htxso.learning.TrainingEvent;

/** Every dimension at level 0 or 1 gets courses tagged with it, the co-op's province first; events likewise. */
class RecommendationRuleTests {

    static CourseSummary course(String title, String province, String... dimensions) {
        return new CourseSummary(new CourseId(UUID.randomUUID()), title, null, CourseFormat.BLENDED, province, null,
                List.of(dimensions), null, List.of(), false, 70);
    }

    @Test
    void everyWeakDimensionGetsACourseAndStrongOnesNone() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("LEAD", 3);
        levels.put("DATA", 0);
        levels.put("MARKET", 1);
        levels.put("GOV", 2);
        List<CourseSummary> catalogue = List.of(course("Dữ liệu", null, "DATA"), course("Bán hàng", null, "MARKET"),
                course("Lãnh đạo", null, "LEAD"), course("Sổ sách", null, "GOV"));
        List<RecommendedCourse> result = RecommendationRule.courses(levels, "40", catalogue);
        assertThat(result).extracting(RecommendedCourse::dimension).containsExactly("DATA", "MARKET");
        assertThat(result).extracting(RecommendedCourse::level).containsExactly(0, 1);
    }

    @Test
    void withoutAnyDimensionAtLevelOneTheWeakestGetCoursesUnlessAllAreStrong() {
        List<CourseSummary> catalogue = List.of(course("Dữ liệu", null, "DATA"), course("Sản xuất", null, "PROD"),
                course("Lãnh đạo", null, "LEAD"));
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("LEAD", 3);
        levels.put("PROD", 2);
        levels.put("DATA", 2);
        assertThat(RecommendationRule.courses(levels, "40", catalogue)).extracting(RecommendedCourse::dimension)
                .containsExactly("PROD", "DATA");
        assertThat(RecommendationRule.courses(Map.of("LEAD", 4, "DATA", 5), "40", catalogue)).isEmpty();
    }

    @Test
    void coursesInTheCoopsProvinceComeBeforeNationalOnesAndOtherProvincesAreLeftOut() {
        Map<String, Integer> levels = Map.of("MARKET", 1);
        List<CourseSummary> catalogue = List.of(course("A toàn quốc", null, "MARKET"),
                course("B Lào Cai", "15", "MARKET"), course("C Nghệ An", "40", "MARKET"));
        List<RecommendedCourse> result = RecommendationRule.courses(levels, "40", catalogue);
        assertThat(result).extracting(RecommendedCourse::title).containsExactly("C Nghệ An", "A toàn quốc");
        assertThat(result.get(0).inProvince()).isTrue();
        assertThat(result.get(1).inProvince()).isFalse();
    }

    @Test
    void atMostThreeCoursesPerDimension() {
        List<CourseSummary> catalogue = List.of(course("1", null, "DATA"), course("2", null, "DATA"),
                course("3", null, "DATA"), course("4", null, "DATA"));
        assertThat(RecommendationRule.courses(Map.of("DATA", 0), "40", catalogue)).hasSize(3);
    }

    @Test
    void eventsInTheProvinceComeFirstThenByStart() {
        Instant now = Instant.parse("2026-12-04T00:00:00Z");
        TrainingEvent national = event("Toàn quốc", null, now.plusSeconds(3600));
        TrainingEvent laoCai = event("Lào Cai", "15", now.plusSeconds(1800));
        TrainingEvent ngheAnLate = event("Nghệ An 2", "40", now.plusSeconds(90_000));
        TrainingEvent ngheAnSoon = event("Nghệ An 1", "40", now.plusSeconds(7200));
        assertThat(RecommendationRule.events("40", List.of(national, laoCai, ngheAnLate, ngheAnSoon)))
                .extracting(TrainingEvent::title).containsExactly("Nghệ An 1", "Nghệ An 2", "Lào Cai", "Toàn quốc");
    }

    static TrainingEvent event(String title, String province, Instant starts) {
        return new TrainingEvent(new EventId(UUID.randomUUID()), title, EventKind.TRAINING_DAY, null, province, null,
                null, UUID.randomUUID(), "LM", starts, starts.plusSeconds(3600), 10, 1, 1, 1, null, 0, 0, 0);
    }
}
