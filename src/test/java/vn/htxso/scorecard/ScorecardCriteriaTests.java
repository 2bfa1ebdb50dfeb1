package vn.htxso.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;

/**
 * A province's own criteria set replaces the national default for its communes, changes their scores, and keeps
 * every earlier version. Uses Cần Thơ (92), which no other test edits.
 */
@DemoMvcTest
class ScorecardCriteriaTests {

    static final String PROVINCE = "92";
    static final String COMMUNE = "Xã Phong Điền";

    @Autowired
    ScorecardCriteria criteria;
    @Autowired
    Scorecards scorecards;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    CurrentUser user(String name) {
        return accounts.byUsername(name).orElseThrow().toCurrentUser();
    }

    static IndicatorInput row(Measure measure, String name, String target, int weight) {
        return new IndicatorInput(measure.name(), name, new BigDecimal(target), weight);
    }

    @Test
    void aProvincesOwnSetChangesTheScoreAndKeepsItsHistory() {
        CurrentUser admin = user("admin");
        CommuneScorecard byDefault = scorecards.commune(admin, PROVINCE, COMMUNE, null);
        assertThat(byDefault.criteria().national()).isTrue();
        double coops = byDefault.indicators().stream().filter(i -> i.measure() == Measure.COOPS).findFirst()
                .orElseThrow().value();
        assertThat(coops).isGreaterThan(0);

        // version 1: only co-ops, with a target the commune has exactly reached → 100
        CriteriaSet v1 = criteria.save(admin, PROVINCE, 0, "chỉ đếm HTX",
                List.of(row(Measure.COOPS, "HTX trên địa bàn", String.valueOf((long) coops), 10)));
        assertThat(v1.version()).isEqualTo(1);
        CommuneScorecard own = scorecards.commune(admin, PROVINCE, COMMUNE, null);
        assertThat(own.criteria().national()).isFalse();
        assertThat(own.indicators()).extracting(IndicatorResult::code).containsExactly("COOPS");
        assertThat(own.score()).isEqualTo(100.0);
        assertThat(own.indicators().get(0).status()).isEqualTo(Status.MET);

        // version 2: the target doubled and a second indicator no commune reaches → the score falls
        CriteriaSet v2 = criteria.save(admin, PROVINCE, 1, null, List.of(
                row(Measure.COOPS, "HTX trên địa bàn", String.valueOf((long) coops * 2), 50),
                row(Measure.LOTS_PUBLISHED, "Lô truy xuất", "1000", 50)));
        assertThat(v2.version()).isEqualTo(2);
        CommuneScorecard stricter = scorecards.commune(admin, PROVINCE, COMMUNE, null);
        assertThat(stricter.indicators().get(0).status()).isEqualTo(Status.ON_THE_WAY);
        assertThat(stricter.score()).isLessThan(own.score()).isLessThanOrEqualTo(26.0);

        // the history keeps both versions, unchanged, newest first; the national default is untouched
        List<CriteriaSet> history = criteria.history(admin, PROVINCE);
        assertThat(history).extracting(CriteriaSet::version).containsExactly(2, 1);
        assertThat(history.get(1).indicators()).extracting(Indicator::target)
                .containsExactly(new BigDecimal((long) coops).setScale(2));
        assertThat(history.get(1).note()).isEqualTo("chỉ đếm HTX");
        assertThat(criteria.effective("40").national()).isTrue();
        // each save is audited
        assertThat(jdbc.sql("select count(*) from audit_events where action = 'scorecard.criteria.saved' and province_code = ?")
                .param(PROVINCE).query(Long.class).single()).isEqualTo(2);

        // an edit based on version 1 now is a conflict, and stores nothing
        assertThatThrownBy(() -> criteria.save(admin, PROVINCE, 1, null,
                List.of(row(Measure.COOPS, "HTX", "1", 1))))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        v -> assertThat(v.status()).isEqualTo(HttpStatus.CONFLICT));
        assertThat(criteria.history(admin, PROVINCE)).hasSize(2);
    }

    @Test
    void aProvinceAdminEditsOnlyItsOwnProvince() {
        assertThatThrownBy(() -> criteria.save(user("nghean"), PROVINCE, 0, null,
                List.of(row(Measure.COOPS, "HTX", "1", 1)))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> criteria.history(user("laocai"), "40")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> scorecards.province(user("htx-manager"), "40", null)).isInstanceOf(Forbidden.class);
    }
}
