package vn.htxso.learning.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.learning.CourseCatalogue;
import vn.htxso.learning.CourseId;
import vn.htxso.learning.CourseRecommendations;
import vn.htxso.learning.NewsDesk;
import vn.htxso.learning.TrainingCalendar;
import vn.htxso.platform.CurrentUser;
import vn.htxso.registry.CooperativeId;

/** The learning home (events, courses, a co-op's recommended courses) and a course with its lessons and quizzes. */
@Controller
class LearningController {

    private final CourseCatalogue catalogue;
    private final CourseRecommendations recommendations;
    private final TrainingCalendar calendar;
    private final NewsDesk news;

    LearningController(CourseCatalogue catalogue, CourseRecommendations recommendations, TrainingCalendar calendar,
                       NewsDesk news) {
        this.catalogue = catalogue;
        this.recommendations = recommendations;
        this.calendar = calendar;
        this.news = news;
    }

    @GetMapping("/learning")
    String home(CurrentUser user, @RequestParam(required = false) String dimension, Model model) {
        String province = user == null ? null : user.provinceCode();
        model.addAttribute("events", recommendations.eventsFor(province, 20));
        model.addAttribute("organised", calendar.organisedBy(user));
        model.addAttribute("news", news.published(province, 0, 3).items());
        model.addAttribute("courses", catalogue.page(dimension == null || dimension.isBlank() ? null : dimension,
                null, 0, 100).items());
        model.addAttribute("dimension", dimension);
        model.addAttribute("recommended", user != null && user.organisationId() != null
                ? recommendations.forCooperative(user, new CooperativeId(user.organisationId())) : List.of());
        return "learning/home";
    }

    @GetMapping("/learning/events")
    String events() {
        return "redirect:/learning";
    }

    @GetMapping("/learning/courses/{id}")
    String course(CurrentUser user, @PathVariable UUID id, Model model) {
        CourseId courseId = new CourseId(id);
        model.addAttribute("course", catalogue.course(courseId));
        var lessons = catalogue.lessons(courseId);
        model.addAttribute("lessons", lessons);
        model.addAttribute("progress", catalogue.progress(user, courseId));
        List<Object[]> quizzes = new ArrayList<>();
        lessons.stream().filter(l -> l.questions() > 0)
                .forEach(l -> quizzes.add(new Object[] {l.id(), catalogue.quiz(courseId, l.id())}));
        model.addAttribute("quizzes", quizzes.stream()
                .collect(java.util.stream.Collectors.toMap(q -> (UUID) q[0], q -> q[1])));
        return "learning/course";
    }

    @PostMapping("/learning/courses/{id}/lessons/{lessonId}/done")
    String lessonDone(CurrentUser user, @PathVariable UUID id, @PathVariable UUID lessonId, RedirectAttributes flash) {
        var progress = catalogue.complete(user, new CourseId(id), lessonId);
        flash.addFlashAttribute("flash", progress.courseSatisfied() ? "learning.course.completed"
                : "learning.lesson.done");
        return "redirect:/learning/courses/" + id + "#lesson-" + lessonId;
    }

    @PostMapping("/learning/courses/{id}/lessons/{lessonId}/quiz")
    String quiz(CurrentUser user, @PathVariable UUID id, @PathVariable UUID lessonId,
                @RequestParam java.util.Map<String, String> params, RedirectAttributes flash) {
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; params.containsKey("q" + i); i++) {
            String value = params.get("q" + i);
            answers.add(value != null && value.matches("\\d{1,2}") ? Integer.valueOf(value) : null);
        }
        var result = catalogue.answer(user, new CourseId(id), lessonId, answers);
        flash.addFlashAttribute("flash", result.passed() ? "learning.quiz.passed" : "learning.quiz.failed");
        flash.addFlashAttribute("flashArgs", new Object[] {result.score(), result.passMark()});
        return "redirect:/learning/courses/" + id + "#lesson-" + lessonId;
    }
}
