package vn.htxso.scorecard;

/** A province on the national page: how many communes it ranks, their average and best score. */
public record ProvinceSummary(String provinceCode, String provinceName, int communes, double averageScore,
                              String bestCommune, double bestScore, boolean ownCriteria) {
}
