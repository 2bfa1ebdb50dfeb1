package vn.htxso.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.htxso.assessment.AssessmentModel.Dimension;
import vn.htxso.assessment.AssessmentModel.Item;
import vn.htxso.assessment.AssessmentModel.Option;
import vn.htxso.platform.Mean;

/**
 * The scoring rules of HTX-DMI and its DBI reading. Pure functions, no Spring.
 *
 * <h2>Items</h2>
 * Every scored item gives a fraction from 0 to 1: ladder step / 5; ticked options / options; share / 100; the
 * points of the highest threshold reached / 5; evidence 1 only when claimed <em>and verified</em> by an alliance
 * officer. A missing answer is 0. An item is worth {@code weight × 5} points in its dimension.
 *
 * <h2>Levels from a percentage</h2>
 * Below 10 % → 0; from 10 % → 1; from 20 % → 2; from 40 % → 3; from 60 % up to and including 80 % → 4; above 80 % → 5
 * (the DBI table: lower bounds inclusive, level 5 strictly above 80 %).
 *
 * <h2>DBI reading</h2>
 * Each pillar's fraction is the weighted mean of its items' fractions, scaled to the pillar's maximum
 * (65/25/80/65/50/35, total 320). The overall DBI level is the highest level whose gate holds: level 1 total &gt; 20
 * and ≥ 4 pillars at level ≥ 1; 2: &gt; 64 and 4 pillars ≥ 2; 3: &gt; 128 and 4 ≥ 3; 4: &gt; 192 and 5 ≥ 4;
 * 5: &gt; 256 and all 6 at 5.
 *
 * <h2>HTX-DMI's own level</h2>
 * The same gates transposed to the seven dimensions: the overall percentage must exceed 6.25 / 20 / 40 / 60 / 80 %
 * (the DBI totals 20 / 64 / 128 / 192 / 256 out of 320) and at least 4 / 4 / 4 / 5 / all 7 dimensions must be at the
 * level or above. A co-op strong in one or two dimensions only therefore does not rise on its total alone.
 */
public final class AssessmentScoring {

    static final double[] DBI_TOTALS = {20, 64, 128, 192, 256};
    static final double[] DMI_PERCENTS = {6.25, 20, 40, 60, 80};
    /** How many parts (pillars or dimensions) must reach the level; {@code -1} means all of them. */
    static final int[] GATE_COUNTS = {4, 4, 4, 5, -1};

    private AssessmentScoring() {
    }

    public static ScoreCard score(AssessmentModel model, Map<String, Answer> answers) {
        List<ScoreCard.DimensionScore> dimensions = new ArrayList<>();
        double total = 0;
        double max = 0;
        Map<Pillar, Mean> pillarSums = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            pillarSums.put(p, new Mean(0, 0));
        }
        for (Dimension dimension : model.dimensions()) {
            double score = 0;
            double dimensionMax = 0;
            for (Item item : dimension.scoredItems()) {
                double fraction = fraction(item, answers.get(item.code()));
                score += item.maxPoints() * fraction;
                dimensionMax += item.maxPoints();
                if (item.pillar() != null) {
                    pillarSums.merge(item.pillar(), Mean.weighted(fraction, item.weight()), Mean::plus);
                }
            }
            double percent = percent(score, dimensionMax);
            dimensions.add(new ScoreCard.DimensionScore(dimension.code(), round2(score), dimensionMax, percent,
                    levelOfPercent(percent)));
            total += score;
            max += dimensionMax;
        }
        double percent = percent(total, max);
        int level = gatedLevel(percent, DMI_PERCENTS, dimensions.stream().map(ScoreCard.DimensionScore::level).toList());

        List<ScoreCard.PillarScore> pillars = new ArrayList<>();
        double dbiTotal = 0;
        for (Pillar pillar : Pillar.values()) {
            double fraction = pillarSums.get(pillar).value();
            double pillarScore = round2(fraction * pillar.maximum());
            double pillarPercent = percent(pillarScore, pillar.maximum());
            pillars.add(new ScoreCard.PillarScore(pillar, pillarScore, pillar.maximum(), pillarPercent,
                    levelOfPercent(pillarPercent)));
            dbiTotal += pillarScore;
        }
        dbiTotal = round2(dbiTotal);
        return new ScoreCard(round2(total), max, percent, level, dimensions, pillars, dbiTotal,
                dbiLevel(dbiTotal, pillars.stream().map(ScoreCard.PillarScore::level).toList()));
    }

    /** The DBI level of a total (out of 320) and the six pillars' levels. */
    public static int dbiLevel(double total, List<Integer> pillarLevels) {
        return gatedLevel(total, DBI_TOTALS, pillarLevels);
    }

    /** The highest level whose threshold the value exceeds and whose gate enough parts pass. */
    static int gatedLevel(double value, double[] thresholds, List<Integer> partLevels) {
        int level = 0;
        for (int candidate = 1; candidate <= 5; candidate++) {
            int needed = GATE_COUNTS[candidate - 1] < 0 ? partLevels.size() : GATE_COUNTS[candidate - 1];
            int at = candidate;
            long passing = partLevels.stream().filter(l -> l >= at).count();
            if (value > thresholds[candidate - 1] && passing >= needed) {
                level = candidate;
            }
        }
        return level;
    }

    /** The level of a percentage: &lt;10 → 0, 10–20 → 1, 20–40 → 2, 40–60 → 3, 60–80 → 4, &gt;80 → 5. */
    public static int levelOfPercent(double percent) {
        if (percent > 80) {
            return 5;
        }
        if (percent >= 60) {
            return 4;
        }
        if (percent >= 40) {
            return 3;
        }
        if (percent >= 20) {
            return 2;
        }
        if (percent >= 10) {
            return 1;
        }
        return 0;
    }

    /** The fraction (0–1) an answer earns on an item; unverified evidence earns nothing. */
    public static double fraction(Item item, Answer answer) {
        if (answer == null || !item.kind().scored()) {
            return 0;
        }
        double v = answer.numberOrZero();
        double f = switch (item.kind()) {
            case LADDER -> v / 5;
            case CHECKLIST -> item.options().isEmpty() ? 0
                    : (double) answer.options().stream().filter(c -> item.option(c).isPresent()).count()
                    / item.options().size();
            case SHARE -> v / 100;
            case THRESHOLD -> thresholdPoints(item, v) / 5.0;
            case EVIDENCE -> v >= 1 && answer.evidence() == EvidenceStatus.VERIFIED ? 1 : 0;
            case NEEDS -> 0;
        };
        return Math.max(0, Math.min(1, f));
    }

    /**
     * The next steps that would raise the result the most: each scored item not yet at its top is raised by one
     * step (a ladder step, one more option, 20 more points of share, the next threshold, verified evidence); the
     * steps are ranked by the HTX-DMI level they would reach, then by the points they add.
     */
    public static List<NextStep> nextSteps(AssessmentModel model, Map<String, Answer> answers, int limit) {
        ScoreCard now = score(model, answers);
        List<NextStep> steps = new ArrayList<>();
        for (Item item : model.items()) {
            Answer improved = oneStepUp(item, answers.get(item.code()));
            if (improved == null) {
                continue;
            }
            Map<String, Answer> changed = new java.util.HashMap<>(answers);
            changed.put(item.code(), improved);
            ScoreCard after = score(model, changed);
            double gain = round2(after.score() - now.score());
            if (gain > 0) {
                steps.add(new NextStep(item.code(), item.dimensionCode(), after.level(), gain, after.dbiLevel()));
            }
        }
        steps.sort(java.util.Comparator.comparingInt(NextStep::levelAfter).reversed()
                .thenComparing(java.util.Comparator.comparingDouble(NextStep::gain).reversed())
                .thenComparing(NextStep::itemCode));
        // only steps towards a level the co-op does not hold yet; when no single step reaches one, the steps that
        // add the most points (the page says so)
        List<NextStep> raising = steps.stream().filter(s -> s.levelAfter() > now.level()).toList();
        List<NextStep> shown = raising.isEmpty() ? steps : raising;
        return List.copyOf(shown.subList(0, Math.min(limit, shown.size())));
    }

    static Answer oneStepUp(Item item, Answer answer) {
        double v = answer == null ? 0 : answer.numberOrZero();
        return switch (item.kind()) {
            case LADDER -> v >= 5 ? null : Answer.of(Math.min(5, Math.floor(v) + 1));
            case SHARE -> v >= 100 ? null : Answer.of(Math.min(100, v + 20));
            case CHECKLIST -> {
                java.util.Set<String> ticked = answer == null ? java.util.Set.of() : answer.options();
                yield item.options().stream().filter(o -> !ticked.contains(o.code())).findFirst()
                        .map(o -> {
                            java.util.Set<String> more = new java.util.HashSet<>(ticked);
                            more.add(o.code());
                            return new Answer(null, more, EvidenceStatus.NONE);
                        }).orElse(null);
            }
            case THRESHOLD -> {
                int points = thresholdPoints(item, v);
                yield item.options().stream()
                        .filter(o -> o.points() != null && o.points() > points && o.minValue() != null)
                        .min(java.util.Comparator.comparingInt(Option::points))
                        .map(o -> Answer.of(o.minValue().doubleValue())).orElse(null);
            }
            case EVIDENCE -> answer != null && v >= 1 && answer.evidence() == EvidenceStatus.VERIFIED ? null
                    : Answer.evidence(true, EvidenceStatus.VERIFIED);
            case NEEDS -> null;
        };
    }

    /** Raising {@code itemCode} one step would bring the HTX-DMI level to {@code levelAfter}, adding {@code gain}. */
    public record NextStep(String itemCode, String dimensionCode, int levelAfter, double gain, int dbiLevelAfter) {
    }

    static int thresholdPoints(Item item, double value) {
        int points = 0;
        for (Option option : item.options()) {
            if (option.minValue() != null && option.points() != null && value >= option.minValue().doubleValue()) {
                points = Math.max(points, option.points());
            }
        }
        return points;
    }

    static double percent(double score, double max) {
        if (max <= 0) {
            return 0;
        }
        return Math.round(score / max * 100 * 10_000) / 10_000.0;
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
