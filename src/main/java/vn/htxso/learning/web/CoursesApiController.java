package vn.htxso.learning.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.learning.CourseCatalogue;
import vn.htxso.learning.CourseFormat;
import vn.htxso.learning.CourseRecommendations;
import vn.htxso.learning.CourseSummary;
import vn.htxso.learning.RecommendedCourse;
import vn.htxso.platform.CurrentUser;
import vn.htxso.registry.CooperativeId;

/** The course catalogue and a co-op's recommended courses (API.md). */
@RestController
@RequestMapping("/api/v1")
class CoursesApiController {

    private final CourseCatalogue catalogue;
    private final CourseRecommendations recommendations;
    private final MessageSource messages;

    CoursesApiController(CourseCatalogue catalogue, CourseRecommendations recommendations, MessageSource messages) {
        this.catalogue = catalogue;
        this.recommendations = recommendations;
        this.messages = messages;
    }

    @GetMapping("/courses")
    Page courses(@RequestParam(required = false) String dimension, @RequestParam(required = false) String province,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        CourseCatalogue.Page result = catalogue.page(blank(dimension), blank(province), page, size);
        return new Page(result.items().stream().map(CourseItem::of).toList(), result.total());
    }

    @GetMapping("/cooperatives/{id}/recommended-courses")
    List<Recommendation> recommended(CurrentUser user, @PathVariable UUID id) {
        return recommendations.forCooperative(user, new CooperativeId(id)).stream()
                .map(r -> new Recommendation(r.courseId().value(), r.title(), r.dimension(), r.level(), reason(r)))
                .toList();
    }

    private String reason(RecommendedCourse r) {
        return messages.getMessage(r.inProvince() ? "learning.recommendation.inProvince"
                        : "learning.recommendation.national", new Object[] {r.dimension(), r.level()},
                LocaleContextHolder.getLocale());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Page(List<CourseItem> items, long total) {
    }

    record CourseItem(UUID id, String title, List<String> dimensions, CourseFormat format, String provinceCode,
                      LocalDate startsOn) {
        static CourseItem of(CourseSummary c) {
            return new CourseItem(c.id().value(), c.title(), c.dimensions(), c.format(), c.provinceCode(),
                    c.startsOn());
        }
    }

    record Recommendation(UUID courseId, String title, String dimension, int level, String reason) {
    }
}
