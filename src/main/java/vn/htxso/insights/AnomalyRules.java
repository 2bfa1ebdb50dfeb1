package vn.htxso.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import vn.htxso.registry.AnnualFigures.Figures;
import vn.htxso.registry.OrganisationKind;

/**
 * The anomaly rules of the domain notes over one year's annual reports (pure; no Spring): hard checks of the law and
 * arithmetic, year-on-year change checks with configurable multipliers, and a robust peer check of revenue per member
 * (modified z-score against the same province × sector × size class, national sector × size peers when fewer than
 * {@code minPeers} local ones). Each flag names its rule, its figures and the threshold.
 */
final class AnomalyRules {

    static final String MEMBERS_BELOW_MINIMUM = "MEMBERS_BELOW_MINIMUM";
    static final String MEMBER_CAPITAL_CAP = "MEMBER_CAPITAL_CAP";
    static final String PAID_IN_ABOVE_CHARTER = "PAID_IN_ABOVE_CHARTER";
    static final String MEMBER_WORKERS_ABOVE_MEMBERS = "MEMBER_WORKERS_ABOVE_MEMBERS";
    static final String REVENUE_WITHOUT_PEOPLE = "REVENUE_WITHOUT_PEOPLE";
    static final String REVENUE_JUMP = "REVENUE_JUMP";
    static final String MEMBERS_JUMP = "MEMBERS_JUMP";
    static final String CAPITAL_PER_MEMBER_JUMP = "CAPITAL_PER_MEMBER_JUMP";
    static final String INCOME_VS_MEDIAN = "INCOME_VS_MEDIAN";
    static final String PEER_REVENUE_PER_MEMBER = "PEER_REVENUE_PER_MEMBER";
    static final String PEER_REVENUE_PER_MEMBER_NATIONAL = "PEER_REVENUE_PER_MEMBER_NATIONAL";

    private final InsightsProperties limits;

    AnomalyRules(InsightsProperties limits) {
        this.limits = limits;
    }

    /**
     * @param reports  the reports to check (one province's, or the nation's)
     * @param previous the previous year's reports of the same organisations, by organisation
     * @param national the nation's reports of the same year (peers and provincial medians)
     */
    List<AnomalyFlag> check(List<Figures> reports, Map<UUID, Figures> previous, List<Figures> national) {
        Map<String, RobustScore> local = scores(national, f -> f.provinceCode() + "|" + f.sector() + "|" + f.sizeClass());
        Map<String, RobustScore> sector = scores(national, f -> f.sector() + "|" + f.sizeClass());
        Map<String, Integer> localCount = counts(national, f -> f.provinceCode() + "|" + f.sector() + "|" + f.sizeClass());
        Map<String, Integer> sectorCount = counts(national, f -> f.sector() + "|" + f.sizeClass());
        Map<String, Double> incomeMedians = incomeMedians(national);
        List<AnomalyFlag> flags = new ArrayList<>();
        for (Figures f : reports) {
            hard(f, flags);
            change(f, previous.get(f.organisationId()), flags);
            income(f, incomeMedians.get(f.provinceCode()), flags);
            Double perMember = revenuePerMember(f);
            if (perMember != null) {
                String localKey = f.provinceCode() + "|" + f.sector() + "|" + f.sizeClass();
                String sectorKey = f.sector() + "|" + f.sizeClass();
                if (localCount.getOrDefault(localKey, 0) >= limits.minPeers()) {
                    peer(f, perMember, local.get(localKey), localCount.get(localKey), PEER_REVENUE_PER_MEMBER, flags);
                } else if (sectorCount.getOrDefault(sectorKey, 0) >= limits.minPeers()) {
                    peer(f, perMember, sector.get(sectorKey), sectorCount.get(sectorKey),
                            PEER_REVENUE_PER_MEMBER_NATIONAL, flags);
                }
            }
        }
        return flags;
    }

    private void hard(Figures f, List<AnomalyFlag> flags) {
        if (f.kind() != OrganisationKind.THT && f.members() != null && f.members() < f.kind().minimumMembers()) {
            flags.add(flag(f, MEMBERS_BELOW_MINIMUM, values("members", f.members()), f.kind().minimumMembers()));
        }
        Long charter = f.charterCapitalVnd();
        if (f.kind() != OrganisationKind.THT && charter != null && charter > 0 && f.largestMemberVnd() != null) {
            int cap = f.kind() == OrganisationKind.LHHTX ? 40 : 30;
            if (f.largestMemberVnd() * 100 > charter * cap) {
                flags.add(flag(f, MEMBER_CAPITAL_CAP, values("largestMemberVnd", f.largestMemberVnd(),
                        "charterCapitalVnd", charter), cap));
            }
        }
        if (charter != null && f.paidInVnd() != null && f.paidInVnd() > charter) {
            flags.add(flag(f, PAID_IN_ABOVE_CHARTER, values("paidInVnd", f.paidInVnd()), charter));
        }
        if (f.memberWorkers() != null && f.members() != null && f.memberWorkers() > f.members()) {
            flags.add(flag(f, MEMBER_WORKERS_ABOVE_MEMBERS, values("memberWorkers", f.memberWorkers()), f.members()));
        }
        if (f.revenueVnd() != null && f.revenueVnd() > 0 && Objects.equals(f.members(), 0)
                && Objects.equals(f.workers(), 0)) {
            flags.add(flag(f, REVENUE_WITHOUT_PEOPLE, values("revenueVnd", f.revenueVnd()), 0));
        }
    }

    private void change(Figures f, Figures before, List<AnomalyFlag> flags) {
        if (before == null) {
            return;
        }
        if (f.revenueVnd() != null && before.revenueVnd() != null && before.revenueVnd() > 0 && f.revenueVnd() > 0) {
            double ratio = (double) f.revenueVnd() / before.revenueVnd();
            if (ratio > limits.revenueRatio() || ratio < 1 / limits.revenueRatio()) {
                flags.add(flag(f, REVENUE_JUMP, values("revenueVnd", f.revenueVnd(), "previousRevenueVnd",
                        before.revenueVnd(), "ratio", round(ratio)), limits.revenueRatio()));
            }
        }
        if (f.members() != null && before.members() != null && before.members() > 0) {
            double change = Math.abs(f.members() - before.members()) / (double) before.members();
            if (change > limits.membersChange()) {
                flags.add(flag(f, MEMBERS_JUMP, values("members", f.members(), "previousMembers", before.members()),
                        Math.round(limits.membersChange() * 100)));
            }
        }
        Double now = capitalPerMember(f);
        Double then = capitalPerMember(before);
        if (now != null && then != null && then > 0 && now / then > limits.capitalPerMemberRatio()) {
            flags.add(flag(f, CAPITAL_PER_MEMBER_JUMP, values("capitalPerMemberVnd", Math.round(now),
                    "previousCapitalPerMemberVnd", Math.round(then)), limits.capitalPerMemberRatio()));
        }
    }

    private void income(Figures f, Double provincialMedian, List<AnomalyFlag> flags) {
        if (provincialMedian == null || provincialMedian <= 0 || f.avgWorkerIncomeVnd() == null
                || f.avgWorkerIncomeVnd() <= 0) {
            return;
        }
        double ratio = f.avgWorkerIncomeVnd() / provincialMedian;
        if (ratio < limits.incomeLow() || ratio > limits.incomeHigh()) {
            flags.add(flag(f, INCOME_VS_MEDIAN, values("avgWorkerIncomeVnd", f.avgWorkerIncomeVnd(),
                    "provincialMedianVnd", Math.round(provincialMedian), "ratio", round(ratio)),
                    ratio < limits.incomeLow() ? limits.incomeLow() : limits.incomeHigh()));
        }
    }

    private void peer(Figures f, double perMember, RobustScore score, int peers, String rule,
                      List<AnomalyFlag> flags) {
        double m = score.score(perMember);
        if (!Double.isNaN(m) && Math.abs(m) > limits.peerScore()) {
            flags.add(flag(f, rule, values("revenuePerMemberVnd", Math.round(perMember), "peerMedianVnd",
                    Math.round(score.median()), "score", round(m), "peers", peers), limits.peerScore()));
        }
    }

    private static Map<String, RobustScore> scores(List<Figures> all, Function<Figures, String> key) {
        Map<String, List<Double>> groups = new HashMap<>();
        for (Figures f : all) {
            Double v = revenuePerMember(f);
            if (v != null) {
                groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(v);
            }
        }
        Map<String, RobustScore> scores = new HashMap<>();
        groups.forEach((k, v) -> scores.put(k, RobustScore.of(v.stream().mapToDouble(Double::doubleValue).toArray())));
        return scores;
    }

    private static Map<String, Integer> counts(List<Figures> all, Function<Figures, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        for (Figures f : all) {
            if (revenuePerMember(f) != null) {
                counts.merge(key.apply(f), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, Double> incomeMedians(List<Figures> all) {
        Map<String, List<Double>> groups = new HashMap<>();
        for (Figures f : all) {
            if (f.avgWorkerIncomeVnd() != null && f.avgWorkerIncomeVnd() > 0) {
                groups.computeIfAbsent(f.provinceCode(), k -> new ArrayList<>()).add(f.avgWorkerIncomeVnd().doubleValue());
            }
        }
        Map<String, Double> medians = new HashMap<>();
        groups.forEach((k, v) -> medians.put(k, RobustScore.median(v.stream().mapToDouble(Double::doubleValue).toArray())));
        return medians;
    }

    static Double revenuePerMember(Figures f) {
        return f.revenueVnd() == null || f.members() == null || f.members() <= 0 ? null
                : (double) f.revenueVnd() / f.members();
    }

    private static Double capitalPerMember(Figures f) {
        return f.charterCapitalVnd() == null || f.members() == null || f.members() <= 0 ? null
                : (double) f.charterCapitalVnd() / f.members();
    }

    private static AnomalyFlag flag(Figures f, String rule, Map<String, Number> values, Number threshold) {
        return new AnomalyFlag(f.organisationId(), f.registrationNo(), f.name(), f.provinceCode(), f.year(), rule,
                values, threshold, false);
    }

    private static Map<String, Number> values(Object... pairs) {
        Map<String, Number> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], (Number) pairs[i + 1]);
        }
        return values;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
