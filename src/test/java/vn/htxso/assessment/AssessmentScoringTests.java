package vn.htxso.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.htxso.assessment.AssessmentModel.Dimension;
import vn.htxso.assessment.AssessmentModel.Item;
import vn.htxso.assessment.AssessmentModel.Option;

/** Hand-computed cases of the HTX-DMI and DBI rules (see {@link AssessmentScoring}'s documentation). */
class AssessmentScoringTests {

    // A small model: one dimension per pillar, plus a mixed one. Maxima: 5+5+15+5+5+5+5 = 45 points.
    static final AssessmentModel MODEL = new AssessmentModel(99, List.of(
            dimension("D1", item("C1", "D1", ItemKind.LADDER, Pillar.CUSTOMERS, 1, 5, ladder())),
            dimension("D2", item("S1", "D2", ItemKind.LADDER, Pillar.STRATEGY, 1, 5, ladder())),
            dimension("D3", item("I1", "D3", ItemKind.LADDER, Pillar.INFRASTRUCTURE, 2, 5, ladder()),
                    item("I2", "D3", ItemKind.CHECKLIST, Pillar.INFRASTRUCTURE, 1, 4,
                            List.of(opt("A"), opt("B"), opt("C"), opt("D")))),
            dimension("D4", item("O1", "D4", ItemKind.THRESHOLD, Pillar.OPERATIONS, 1, 1000, List.of(
                    threshold("T1", 1, 1), threshold("T2", 5, 2), threshold("T3", 15, 3), threshold("T4", 30, 4),
                    threshold("T5", 60, 5)))),
            dimension("D5", item("H1", "D5", ItemKind.SHARE, Pillar.CULTURE, 1, 100, List.of())),
            dimension("D6", item("E1", "D6", ItemKind.EVIDENCE, Pillar.DATA, 1, 1, List.of()),
                    item("N1", "D6", ItemKind.NEEDS, null, 0, 2, List.of(
                            new Option("ECOMMERCE", "TMĐT", "E-commerce", null, null, "D1"), opt("X")))),
            dimension("D7", item("D1L", "D7", ItemKind.LADDER, Pillar.DATA, 1, 5, ladder()))));

    @Test
    void percentagesGiveLevelsWithTheDbiBoundaries() {
        assertThat(AssessmentScoring.levelOfPercent(0)).isZero();
        assertThat(AssessmentScoring.levelOfPercent(9.99)).isZero();
        assertThat(AssessmentScoring.levelOfPercent(10)).isEqualTo(1);
        assertThat(AssessmentScoring.levelOfPercent(19.99)).isEqualTo(1);
        assertThat(AssessmentScoring.levelOfPercent(20)).isEqualTo(2);
        assertThat(AssessmentScoring.levelOfPercent(39.99)).isEqualTo(2);
        assertThat(AssessmentScoring.levelOfPercent(40)).isEqualTo(3);
        assertThat(AssessmentScoring.levelOfPercent(60)).isEqualTo(4);
        assertThat(AssessmentScoring.levelOfPercent(80)).isEqualTo(4);
        assertThat(AssessmentScoring.levelOfPercent(80.01)).isEqualTo(5);
        assertThat(AssessmentScoring.levelOfPercent(100)).isEqualTo(5);
    }

    @Test
    void dbiLevelNeedsBothTheTotalAndEnoughPillars() {
        // total is enough for level 2 (> 64), but only 3 pillars are at level >= 1: level 0
        assertThat(AssessmentScoring.dbiLevel(100, List.of(5, 5, 5, 0, 0, 0))).isZero();
        // total > 128 (level 3), only 3 pillars at 3 but 5 at >= 2: level 2
        assertThat(AssessmentScoring.dbiLevel(130, List.of(3, 3, 3, 2, 2, 0))).isEqualTo(2);
        // total > 192 (level 4), only 4 pillars at 4 (5 needed), all at >= 3: level 3
        assertThat(AssessmentScoring.dbiLevel(200, List.of(4, 4, 4, 4, 3, 3))).isEqualTo(3);
        // all pillars at 5 but total exactly 256 (not above): level 4
        assertThat(AssessmentScoring.dbiLevel(256, List.of(5, 5, 5, 5, 5, 5))).isEqualTo(4);
        // above 256 with one pillar at 4: level 4
        assertThat(AssessmentScoring.dbiLevel(300, List.of(5, 5, 5, 5, 5, 4))).isEqualTo(4);
        assertThat(AssessmentScoring.dbiLevel(320, List.of(5, 5, 5, 5, 5, 5))).isEqualTo(5);
        // exactly 20 is not above 20; 21 with 4 pillars at 1 is level 1
        assertThat(AssessmentScoring.dbiLevel(20, List.of(1, 1, 1, 1, 0, 0))).isZero();
        assertThat(AssessmentScoring.dbiLevel(21, List.of(1, 1, 1, 1, 0, 0))).isEqualTo(1);
        assertThat(AssessmentScoring.dbiLevel(65, List.of(2, 2, 2, 1, 1, 1))).isEqualTo(1);
    }

    @Test
    void scoresAWellRoundedCoopAtLevelFour() {
        ScoreCard card = AssessmentScoring.score(MODEL, strongAnswers(EvidenceStatus.VERIFIED));
        // D3: ladder 4/5 of 10 = 8, checklist 3/4 of 5 = 3.75 -> 11.75 of 15
        assertThat(dimension(card, "D3").score()).isEqualTo(11.75);
        assertThat(dimension(card, "D3").level()).isEqualTo(4);
        assertThat(dimension(card, "D6").score()).isEqualTo(5.0);
        assertThat(dimension(card, "D6").level()).isEqualTo(5);
        // 4 + 4 + 11.75 + 4 + 4 + 5 + 3 = 35.75 of 45 = 79.44 %: above 60 % with all 7 dimensions at >= 4
        assertThat(card.score()).isEqualTo(35.75);
        assertThat(card.maxScore()).isEqualTo(45.0);
        assertThat(card.percent()).isCloseTo(79.4444, within(0.001));
        assertThat(card.level()).isEqualTo(4);
        // DBI: 52 + 20 + 62.67 + 52 + 40 + 28 = 254.67 (not above 256): level 4
        assertThat(pillar(card, Pillar.INFRASTRUCTURE).score()).isEqualTo(62.67);
        assertThat(pillar(card, Pillar.DATA).score()).isEqualTo(28.0);
        assertThat(card.dbiScore()).isEqualTo(254.67);
        assertThat(card.pillars()).allMatch(p -> p.level() == 4);
        assertThat(card.dbiLevel()).isEqualTo(4);
    }

    @Test
    void unverifiedEvidenceDoesNotCount() {
        ScoreCard card = AssessmentScoring.score(MODEL, strongAnswers(EvidenceStatus.PENDING));
        assertThat(dimension(card, "D6").score()).isZero();
        assertThat(dimension(card, "D6").level()).isZero();
        assertThat(card.score()).isEqualTo(30.75);
        // DATA pillar: (0 + 0.6) / 2 = 0.3 of 35 = 10.5 -> 30 % -> level 2
        assertThat(pillar(card, Pillar.DATA).score()).isEqualTo(10.5);
        assertThat(pillar(card, Pillar.DATA).level()).isEqualTo(2);
        assertThat(card.dbiScore()).isEqualTo(237.17);
        // still five pillars at 4 and total > 192
        assertThat(card.dbiLevel()).isEqualTo(4);
        assertThat(AssessmentScoring.score(MODEL, strongAnswers(EvidenceStatus.REJECTED)).score()).isEqualTo(30.75);
    }

    @Test
    void aHighTotalInTooFewDimensionsStaysAtLevelZero() {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("C1", Answer.of(5));
        answers.put("S1", Answer.of(5));
        answers.put("I1", Answer.of(5));
        answers.put("I2", Answer.ticked("A", "B", "C", "D"));
        ScoreCard card = AssessmentScoring.score(MODEL, answers);
        // 25 of 45 = 55.6 % (enough for level 3) but only 3 dimensions are above 0
        assertThat(card.score()).isEqualTo(25.0);
        assertThat(card.level()).isZero();
        // DBI: 65 + 25 + 80 = 170 (> 128) but only 3 pillars at level >= 1
        assertThat(card.dbiScore()).isEqualTo(170.0);
        assertThat(card.dbiLevel()).isZero();
    }

    @Test
    void thresholdsNeedsAndUnknownOptionsAreHandled() {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("O1", Answer.of(14.99)); // reaches 5 -> 2 points -> 2 of 5
        answers.put("I2", Answer.ticked("A", "Z")); // Z is not an option
        answers.put("N1", Answer.ticked("ECOMMERCE"));
        ScoreCard card = AssessmentScoring.score(MODEL, answers);
        assertThat(dimension(card, "D4").score()).isEqualTo(2.0);
        assertThat(dimension(card, "D3").score()).isEqualTo(1.25);
        assertThat(dimension(card, "D6").score()).isZero();
    }

    @Test
    void nextStepsRankTheStepThatRaisesTheLevelMostFirst() {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("C1", Answer.of(5));
        answers.put("S1", Answer.of(5));
        answers.put("I1", Answer.of(5));
        answers.put("I2", Answer.ticked("A", "B", "C", "D"));
        answers.put("E1", Answer.evidence(true, EvidenceStatus.PENDING));
        List<AssessmentScoring.NextStep> steps = AssessmentScoring.nextSteps(MODEL, answers, 3);
        // verified evidence brings D6 to 100 %: 4 dimensions at >= 3 and 30/45 = 66.7 % -> level 3
        assertThat(steps.get(0).itemCode()).isEqualTo("E1");
        assertThat(steps.get(0).levelAfter()).isEqualTo(3);
        assertThat(steps.get(0).gain()).isEqualTo(5.0);
        // any other first step in an empty dimension gives level 2 (4 dimensions at >= 2)
        assertThat(steps.get(1).levelAfter()).isEqualTo(2);
        assertThat(steps).extracting(AssessmentScoring.NextStep::itemCode).doesNotContain("C1", "S1", "I1", "I2");
    }

    /** Issue 16.11: the steps offered lead to a level the co-op does not hold yet (when any single step does). */
    @Test
    void nextStepsNeverOfferALevelAlreadyHeld() {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("C1", Answer.of(5));
        answers.put("S1", Answer.of(5));
        answers.put("I1", Answer.of(5));
        answers.put("I2", Answer.ticked("A", "B", "C", "D"));
        answers.put("E1", Answer.evidence(true, EvidenceStatus.PENDING));
        int level = AssessmentScoring.score(MODEL, answers).level();
        List<AssessmentScoring.NextStep> steps = AssessmentScoring.nextSteps(MODEL, answers, 50);
        assertThat(steps).isNotEmpty().allMatch(s -> s.levelAfter() > level);
    }

    private static Map<String, Answer> strongAnswers(EvidenceStatus evidence) {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("C1", Answer.of(4));
        answers.put("S1", Answer.of(4));
        answers.put("I1", Answer.of(4));
        answers.put("I2", Answer.ticked("A", "B", "C"));
        answers.put("O1", Answer.of(40));
        answers.put("H1", Answer.of(80));
        answers.put("E1", Answer.evidence(true, evidence));
        answers.put("D1L", Answer.of(3));
        return answers;
    }

    private static ScoreCard.DimensionScore dimension(ScoreCard card, String code) {
        return card.dimensions().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    private static ScoreCard.PillarScore pillar(ScoreCard card, Pillar pillar) {
        return card.pillars().stream().filter(p -> p.pillar() == pillar).findFirst().orElseThrow();
    }

    private static Dimension dimension(String code, Item... items) {
        return new Dimension(code, code, code, List.of(items));
    }

    private static Item item(String code, String dimension, ItemKind kind, Pillar pillar, int weight, int max,
                             List<Option> options) {
        return new Item(code, dimension, kind, pillar, weight, BigDecimal.valueOf(max), code, code, options);
    }

    private static List<Option> ladder() {
        return java.util.stream.IntStream.rangeClosed(0, 5)
                .mapToObj(i -> new Option(String.valueOf(i), "b" + i, "s" + i, null, i, null)).toList();
    }

    private static Option opt(String code) {
        return new Option(code, code, code, null, null, null);
    }

    private static Option threshold(String code, int min, int points) {
        return new Option(code, code, code, BigDecimal.valueOf(min), points, null);
    }
}
