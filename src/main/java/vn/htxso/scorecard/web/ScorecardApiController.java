package vn.htxso.scorecard.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.platform.CurrentUser;
import vn.htxso.scorecard.CommuneScorecard;
import vn.htxso.scorecard.IndicatorResult;
import vn.htxso.scorecard.Scorecards;

/** A commune's scorecard (API.md): admins of that province and national admins. */
@RestController
@RequestMapping("/api/v1")
class ScorecardApiController {

    private final Scorecards scorecards;

    ScorecardApiController(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping("/communes/{provinceCode}/{communeName}/scorecard")
    ScorecardResponse scorecard(CurrentUser user, @PathVariable String provinceCode, @PathVariable String communeName,
                                @RequestParam(required = false) Integer year) {
        return ScorecardResponse.of(scorecards.commune(user, provinceCode, communeName, year));
    }

    /** API.md's fields, plus the criteria version, last year's score and each value's dates. */
    record ScorecardResponse(String provinceCode, String communeName, int year, double score, int rank,
                             int communesRanked, double lastYearScore, String criteria, int criteriaVersion,
                             List<IndicatorResponse> indicators) {

        static ScorecardResponse of(CommuneScorecard card) {
            return new ScorecardResponse(card.provinceCode(), card.communeName(), card.year(), card.score(),
                    card.rank(), card.communesRanked(), card.lastYearScore(), card.criteria().scope(),
                    card.criteria().version(), card.indicators().stream().map(IndicatorResponse::of).toList());
        }
    }

    record IndicatorResponse(String code, String name, String measure, double value, BigDecimal target,
                             String status, int weight, LocalDate from, LocalDate to) {

        static IndicatorResponse of(IndicatorResult r) {
            return new IndicatorResponse(r.code(), r.name(), r.measure().name(), r.value(), r.target(),
                    r.status().name(), r.weight(), r.from(), r.to());
        }
    }
}
