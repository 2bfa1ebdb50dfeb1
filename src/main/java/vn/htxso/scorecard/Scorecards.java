package vn.htxso.scorecard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Province;
import vn.htxso.platform.VietnameseText;
import vn.htxso.platform.VnFormat;
import vn.htxso.registry.OrganisationSummary;

/**
 * The scorecards: a commune's, a province's communes ranked, the national view by province. Admins only: national
 * admins everywhere, a province admin its own province (another province is 403, an unknown one 404).
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

    private final ProvinceFactsReader reader;
    private final ScorecardCriteria criteria;
    private final AdminUnits adminUnits;
    private final ScorecardProperties properties;
    private final Clock clock;

    Scorecards(ProvinceFactsReader reader, ScorecardCriteria criteria, AdminUnits adminUnits,
               ScorecardProperties properties, Clock clock) {
        this.reader = reader;
        this.criteria = criteria;
        this.adminUnits = adminUnits;
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(VnFormat.ZONE));
    }

    /** The year asked for, or this year; outside [first year, this year] is a 400. */
    public int year(Integer asked) {
        int current = today().getYear();
        int year = asked == null ? current : asked;
        if (year < properties.firstYear() || year > current) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "scorecard.year.invalid", properties.firstYear(),
                    current);
        }
        return year;
    }

    /** One commune's scorecard; {@code communeName} matched ignoring case and diacritics. */
    public CommuneScorecard commune(CurrentUser user, String provinceCode, String communeName, Integer year) {
        checkProvince(user, provinceCode);
        ProvinceScorecard province = province(provinceCode, year(year), true);
        String key = VietnameseText.key(communeName);
        return province.communes().stream().filter(c -> VietnameseText.key(c.communeName()).equals(key)).findFirst()
                .orElseThrow(() -> new NotFound("commune"));
    }

    /** A province's communes, best first. */
    public ProvinceScorecard province(CurrentUser user, String provinceCode, Integer year) {
        checkProvince(user, provinceCode);
        return province(provinceCode, year(year), true);
    }

    /** Every province with at least one commune, best average first (national admins). */
    public List<ProvinceSummary> national(CurrentUser user, Integer year) {
        if (user == null || !user.isNationalAdmin()) {
            throw new Forbidden();
        }
        int y = year(year);
        List<ProvinceSummary> summaries = new ArrayList<>();
        for (Province p : adminUnits.provinces()) {
            ProvinceScorecard card = province(p.code(), y, false);
            if (card.communes().isEmpty()) {
                continue;
            }
            double average = card.communes().stream().mapToDouble(CommuneScorecard::score).average().orElse(0);
            CommuneScorecard best = card.communes().get(0);
            summaries.add(new ProvinceSummary(p.code(), p.name(), card.communes().size(),
                    Math.round(average * 10) / 10.0, best.communeName(), best.score(), !card.criteria().national()));
        }
        summaries.sort(Comparator.comparingDouble(ProvinceSummary::averageScore).reversed()
                .thenComparing(ProvinceSummary::provinceCode));
        return summaries;
    }

    void checkProvince(CurrentUser user, String provinceCode) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        if (provinceCode == null || adminUnits.province(provinceCode).isEmpty()) {
            throw new NotFound("province");
        }
        if (!user.administers(provinceCode)) {
            throw new Forbidden();
        }
    }

    ProvinceScorecard province(String provinceCode, int year, boolean withLastYear) {
        CriteriaSet set = criteria.effective(provinceCode);
        ScorecardRules rules = ScorecardRules.of(properties);
        List<OrganisationSummary> organisations = reader.organisations(provinceCode);
        Periods periods = Periods.of(year, today());
        ProvinceFacts facts = reader.read(provinceCode, organisations, periods);
        Map<String, Map<Measure, Double>> values = CommuneMeasures.compute(facts);
        Map<String, Map<Measure, Double>> lastYear = withLastYear
                ? CommuneMeasures.compute(reader.read(provinceCode, organisations, Periods.of(year - 1, today())))
                : Map.of();
        record Scored(String name, List<IndicatorResult> results, double score, double lastYearScore) {
        }
        List<Scored> scored = new ArrayList<>();
        facts.communes().forEach((key, name) -> {
            List<IndicatorResult> results = rules.evaluate(set, values.get(key), periods);
            double last = withLastYear ? ScorecardRules.score(rules.evaluate(set,
                    lastYear.getOrDefault(key, Map.of()), Periods.of(year - 1, today()))) : 0;
            scored.add(new Scored(name, results, ScorecardRules.score(results), last));
        });
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> VietnameseText.key(s.name())));
        List<CommuneScorecard> communes = new ArrayList<>();
        for (Scored s : scored) {
            int rank = 1 + (int) scored.stream().filter(o -> o.score() > s.score()).count();
            communes.add(new CommuneScorecard(provinceCode, s.name(), year, s.score(), rank, scored.size(),
                    s.lastYearScore(), set, s.results()));
        }
        return new ProvinceScorecard(provinceCode, adminUnits.provinceName(provinceCode), year, periods.end(), set,
                communes);
    }
}
