package vn.htxso.assessment;

import java.time.Instant;

import org.springframework.modulith.events.Externalized;

import vn.htxso.registry.CooperativeId;

/** A co-op completed an assessment (or its score changed after evidence was verified, {@code rescored}). */
@Externalized("htxso.events::assessment.assessment.completed")
public record AssessmentCompleted(AssessmentId assessmentId, CooperativeId cooperativeId, String provinceCode,
                                  int modelVersion, double score, double maxScore, int level, double dbiScore,
                                  int dbiLevel, Instant completedAt, boolean rescored) {
}
