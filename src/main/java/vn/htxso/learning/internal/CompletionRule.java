package vn.htxso.learning.internal;

import java.util.Collection;

import vn.htxso.learning.MoveOn;

/**
 * Completion in the spirit of cmi5: each lesson is satisfied by its moveOn; a course is satisfied when every lesson is.
 * A quiz passes when its score reaches its pass mark (the course's, 70 % by default).
 */
public final class CompletionRule {

    public static final int DEFAULT_PASS_MARK = 70;

    private CompletionRule() {
    }

    /** What a learner did in one lesson: opened it to the end ({@code completed}) and, for a quiz, passed. */
    public record LessonState(MoveOn moveOn, boolean completed, boolean passed) {
    }

    public static boolean satisfied(LessonState lesson) {
        return switch (lesson.moveOn()) {
            case NOT_APPLICABLE -> true;
            case COMPLETED -> lesson.completed();
            case PASSED -> lesson.passed();
            case COMPLETED_AND_PASSED -> lesson.completed() && lesson.passed();
            case COMPLETED_OR_PASSED -> lesson.completed() || lesson.passed();
        };
    }

    /** A course is satisfied when it has lessons and all of them are satisfied. */
    public static boolean courseSatisfied(Collection<LessonState> lessons) {
        return !lessons.isEmpty() && lessons.stream().allMatch(CompletionRule::satisfied);
    }

    /** Whether {@code score} percent reaches {@code passMark} percent (a missing mark is 70 %). */
    public static boolean passes(int score, Integer passMark) {
        return score >= (passMark == null ? DEFAULT_PASS_MARK : passMark);
    }

    /** The score in whole percent of {@code correct} answers out of {@code questions}, rounded down. */
    public static int score(int correct, int questions) {
        if (questions <= 0 || correct < 0 || correct > questions) {
            throw new IllegalArgumentException(correct + "/" + questions);
        }
        return correct * 100 / questions;
    }
}
