package vn.htxso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import vn.htxso.assessment.AssessmentCompleted;
import vn.htxso.assessment.AssessmentId;
import vn.htxso.assessment.AssessmentScoring;
import vn.htxso.assessment.AssessmentSummary;
import vn.htxso.assessment.Assessments;
import vn.htxso.learning.internal.RecommendedCourses;
import vn.htxso.support.WithDemoData;

/**
 * From {@link AssessmentCompleted} to stored recommendations: every weak dimension of the assessment gets a course,
 * and the same event delivered again adds nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles(resolver = WithDemoData.class)
class LearningScenarioTests {

    static final AssessmentId T0 = new AssessmentId(UUID.fromString("90000000-0000-4000-8000-000000000001"));

    @Autowired
    Assessments assessments;
    @Autowired
    RecommendedCourses recommended;
    @Autowired
    CourseRecommendations listener;

    @Test
    void aCompletedAssessmentGetsCoursesForItsWeakestDimensionsOnce(Scenario scenario) {
        AssessmentSummary summary = assessments.find(T0).orElseThrow();
        AssessmentCompleted event = new AssessmentCompleted(summary.id(), summary.cooperativeId(),
                summary.provinceCode(), summary.modelVersion(), summary.score(), summary.maxScore(), summary.level(),
                summary.dbiScore(), summary.dbiLevel(), summary.completedAt(), false);

        scenario.publish(event)
                .andWaitForStateChange(() -> recommended.of(T0.value(), summary.provinceCode()),
                        list -> !list.isEmpty())
                .andVerify(list -> {
                    int lowest = summary.dimensionPercents().values().stream()
                            .mapToInt(AssessmentScoring::levelOfPercent).min().orElseThrow();
                    List<String> weakest = summary.dimensionPercents().entrySet().stream()
                            .filter(e -> AssessmentScoring.levelOfPercent(e.getValue()) == lowest)
                            .map(Map.Entry::getKey).toList();
                    assertThat(list).extracting(RecommendedCourse::dimension).containsAll(weakest);
                    assertThat(list).allSatisfy(r -> assertThat(r.level()).isEqualTo(lowest));
                });

        List<RecommendedCourse> before = recommended.of(T0.value(), summary.provinceCode());
        listener.on(event); // delivered again (a restart republishes outstanding events)
        assertThat(recommended.of(T0.value(), summary.provinceCode())).isEqualTo(before);
    }
}
