package vn.htxso.assessment;

import java.util.List;

/**
 * The result of scoring one set of answers: HTX-DMI score, percentage and level, per dimension, and the DBI
 * reading (six pillars scaled to their maxima, total out of 320, level with its gates).
 */
public record ScoreCard(double score, double maxScore, double percent, int level, List<DimensionScore> dimensions,
                        List<PillarScore> pillars, double dbiScore, int dbiLevel) {

    public ScoreCard {
        dimensions = List.copyOf(dimensions);
        pillars = List.copyOf(pillars);
    }

    public record DimensionScore(String code, double score, double maxScore, double percent, int level) {
    }

    public record PillarScore(Pillar pillar, double score, double maxScore, double percent, int level) {
    }
}
