package vn.htxso.scorecard;

import java.util.List;

/**
 * A commune's scorecard for a year.
 *
 * @param score weighted attainment, 0–100 (one decimal)
 * @param rank 1 for the best commune of the province (equal scores share a rank)
 * @param lastYearScore the score of the year before by the same criteria set
 */
public record CommuneScorecard(String provinceCode, String communeName, int year, double score, int rank,
                               int communesRanked, double lastYearScore, CriteriaSet criteria,
                               List<IndicatorResult> indicators) {

    public double change() {
        return Math.round((score - lastYearScore) * 10) / 10.0;
    }
}
