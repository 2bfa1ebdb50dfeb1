package vn.htxso.learning;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.assessment.AssessmentCompleted;
import vn.htxso.assessment.AssessmentModel;
import vn.htxso.assessment.AssessmentScoring;
import vn.htxso.assessment.AssessmentSummary;
import vn.htxso.assessment.Assessments;
import vn.htxso.assessment.CourseSuggestions;
import vn.htxso.learning.internal.Courses;
import vn.htxso.learning.internal.RecommendationRule;
import vn.htxso.learning.internal.RecommendedCourses;
import vn.htxso.learning.internal.TrainingEvents;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Registry;

/**
 * Courses for a co-op's weak HTX-DMI dimensions (level 0 or 1): made when an assessment is completed (stored once
 * per assessment, so a redelivered event changes nothing), read for the co-op's latest assessment, and shown on the
 * assessment's result page through the assessment module's {@link CourseSuggestions}.
 */
@Service
public class CourseRecommendations implements CourseSuggestions {

    private final Assessments assessments;
    private final Registry registry;
    private final Courses courses;
    private final RecommendedCourses stored;
    private final TrainingEvents events;
    private final Clock clock;

    CourseRecommendations(Assessments assessments, Registry registry, Courses courses, RecommendedCourses stored,
                          TrainingEvents events, Clock clock) {
        this.assessments = assessments;
        this.registry = registry;
        this.courses = courses;
        this.stored = stored;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "learning.recommendations")
    void on(AssessmentCompleted completed) {
        if (stored.exist(completed.assessmentId().value())) {
            return;
        }
        assessments.find(completed.assessmentId()).ifPresent(summary -> stored.save(summary.id().value(),
                summary.cooperativeId().value(), compute(summary), clock.instant()));
    }

    /** The recommendations of the co-op's latest assessment; its manager, members and province admins. */
    @Transactional(readOnly = true)
    public List<RecommendedCourse> forCooperative(CurrentUser user, CooperativeId cooperative) {
        OrganisationSummary organisation = registry.find(cooperative).orElseThrow(() -> new NotFound("cooperative"));
        boolean allowed = user != null && (user.belongsTo(cooperative.value())
                || user.administers(organisation.provinceCode()));
        if (!allowed) {
            throw new NotFound("cooperative");
        }
        return assessments.latestCompleted(cooperative).map(this::of).orElse(List.of());
    }

    /** Upcoming events for the co-op: in its province first, then the others. */
    @Transactional(readOnly = true)
    public List<TrainingEvent> eventsFor(String provinceCode, int limit) {
        return RecommendationRule.events(provinceCode, events.upcoming(clock.instant(), 200)).stream().limit(limit)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(AssessmentSummary assessment, int limit) {
        return of(assessment).stream().limit(limit).map(c -> new Suggestion(c.title(), c.dimension(), c.level(),
                "/learning/courses/" + c.courseId())).toList();
    }

    List<RecommendedCourse> of(AssessmentSummary summary) {
        List<RecommendedCourse> saved = stored.of(summary.id().value(), summary.provinceCode());
        return saved.isEmpty() ? compute(summary) : saved;
    }

    List<RecommendedCourse> compute(AssessmentSummary summary) {
        return RecommendationRule.courses(levels(summary), summary.provinceCode(), courses.allPublished());
    }

    /** Each dimension's level, in the model's order. */
    private Map<String, Integer> levels(AssessmentSummary summary) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        AssessmentModel model = assessments.model(summary.modelVersion());
        for (AssessmentModel.Dimension d : model.dimensions()) {
            Optional.ofNullable(summary.dimensionPercents().get(d.code()))
                    .ifPresent(p -> levels.put(d.code(), AssessmentScoring.levelOfPercent(p)));
        }
        return levels;
    }
}
