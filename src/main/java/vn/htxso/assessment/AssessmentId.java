package vn.htxso.assessment;

import java.util.UUID;

/** The identity of one assessment (draft or completed). */
public record AssessmentId(UUID value) {

    public AssessmentId {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
