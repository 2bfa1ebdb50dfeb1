package vn.htxso.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.htxso.learning.MoveOn;
import vn.htxso.learning.internal.CompletionRule.LessonState;

/** cmi5-style moveOn per lesson, a course satisfied when all lessons are, quizzes against their pass mark. */
class CompletionRuleTests {

    @Test
    void eachMoveOnNeedsWhatItSays() {
        assertThat(CompletionRule.satisfied(new LessonState(MoveOn.COMPLETED, true, false))).isTrue();
        assertThat(CompletionRule.satisfied(new LessonState(MoveOn.COMPLETED, false, true))).isFalse();
        assertThat(CompletionRule.satisfied(new LessonState(MoveOn.PASSED, true, false))).isFalse();
        assertThat(CompletionRule.satisfied(new LessonState(MoveOn.PASSED, false, true))).isTrue();
        assertThat(CompletionRule.satisfied(new LessonState(MoveOn.COMPLETED_AND_PASSED, true, false))).isFalse();
        assertThat(CompletionRule.satisfied(new LessonState(MoveOn.COMPLETED_AND_PASSED, true, true))).isTrue();
        assertThat(CompletionRule.satisfied(new LessonState(MoveOn.COMPLETED_OR_PASSED, false, true))).isTrue();
        assertThat(CompletionRule.satisfied(new LessonState(MoveOn.COMPLETED_OR_PASSED, false, false))).isFalse();
        assertThat(CompletionRule.satisfied(new LessonState(MoveOn.NOT_APPLICABLE, false, false))).isTrue();
    }

    @Test
    void aCourseIsSatisfiedWhenAllItsLessonsAre() {
        LessonState read = new LessonState(MoveOn.COMPLETED, true, false);
        LessonState optionalVideo = new LessonState(MoveOn.NOT_APPLICABLE, false, false);
        LessonState failedQuiz = new LessonState(MoveOn.PASSED, true, false);
        LessonState passedQuiz = new LessonState(MoveOn.PASSED, true, true);
        assertThat(CompletionRule.courseSatisfied(List.of(read, optionalVideo, passedQuiz))).isTrue();
        assertThat(CompletionRule.courseSatisfied(List.of(read, optionalVideo, failedQuiz))).isFalse();
        assertThat(CompletionRule.courseSatisfied(List.of())).as("a course without lessons is never done").isFalse();
    }

    @Test
    void aQuizPassesFromItsPassMarkSeventyPercentByDefault() {
        assertThat(CompletionRule.score(2, 3)).isEqualTo(66);
        assertThat(CompletionRule.passes(66, null)).isFalse();
        assertThat(CompletionRule.passes(70, null)).isTrue();
        assertThat(CompletionRule.passes(CompletionRule.score(3, 3), 100)).isTrue();
        assertThat(CompletionRule.passes(CompletionRule.score(1, 2), 50)).isTrue();
        assertThat(CompletionRule.passes(CompletionRule.score(1, 2), 51)).isFalse();
        assertThatThrownBy(() -> CompletionRule.score(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompletionRule.score(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
