package vn.htxso.learning;

/** cmi5's moveOn: what a learner must do for a lesson to count as satisfied. */
public enum MoveOn {
    COMPLETED, PASSED, COMPLETED_AND_PASSED, COMPLETED_OR_PASSED, NOT_APPLICABLE
}
