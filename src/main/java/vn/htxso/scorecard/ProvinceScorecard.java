package vn.htxso.scorecard;

import java.time.LocalDate;
import java.util.List;

/** Every commune of a province for a year, best first, by the criteria set shown. */
public record ProvinceScorecard(String provinceCode, String provinceName, int year, LocalDate end,
                                CriteriaSet criteria, List<CommuneScorecard> communes) {

    public ProvinceScorecard {
        communes = List.copyOf(communes);
    }
}
