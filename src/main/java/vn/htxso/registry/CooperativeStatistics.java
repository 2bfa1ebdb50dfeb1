package vn.htxso.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.registry.internal.FiguresCache;
import vn.htxso.registry.internal.RegistryFigures;

/**
 * Aggregates of the registry, each one SQL query over the province's (or the nation's) rows: nothing is loaded
 * row by row. Averages are sums divided by counts of the reports that state the figure, rounded half up.
 */
@Service
@Transactional(readOnly = true)
public class CooperativeStatistics {

    private final RegistryFigures figures;
    private final FiguresCache changes;

    CooperativeStatistics(RegistryFigures figures, FiguresCache changes) {
        this.figures = figures;
        this.changes = changes;
    }

    /** Organisations of a group: how many, how many active, their members. */
    public record Tally(long total, long active, long members) {
    }

    public record Counts(long total, long active, long members, Map<OrganisationKind, Long> byKind) {
    }

    /** Averages over the reports of one year: how many reports, and the averages of those that state the figure. */
    public record Averages(int year, long reports, Long averageRevenueVnd, Long averageWorkerIncomeVnd,
                           long reportedMembers) {
    }

    public Counts counts(String province) {
        return changes.remember("counts:" + province, () -> countsNow(province));
    }

    private Counts countsNow(String province) {
        Map<OrganisationKind, Long> byKind = new EnumMap<>(OrganisationKind.class);
        for (OrganisationKind kind : OrganisationKind.values()) {
            byKind.put(kind, 0L);
        }
        long total = 0;
        long active = 0;
        long members = 0;
        for (RegistryFigures.Group group : figures.groupedBy("kind", province)) {
            byKind.put(OrganisationKind.valueOf(group.key()), group.tally().total());
            total += group.tally().total();
            active += group.tally().active();
            members += group.tally().members();
        }
        return new Counts(total, active, members, byKind);
    }

    /** The latest year with reports in the scope, or {@code null}. */
    public Integer latestYear(String province) {
        return changes.remember("latest:" + province, () -> latestYearNow(province));
    }

    private Integer latestYearNow(String province) {
        return figures.latestReportYear(province);
    }

    public Averages averages(String province, int year) {
        return changes.remember("averages:" + province + ":" + year, () -> averagesNow(province, year));
    }

    private Averages averagesNow(String province, int year) {
        RegistryFigures.ReportSums sums = figures.reportSums(province, year);
        return new Averages(year, sums.reports(), average(sums.revenueVnd(), sums.revenueReports()),
                average(sums.workerIncomeVnd(), sums.workerIncomeReports()), sums.members());
    }

    /** Counts of organisations by a column (kind, status, sector, commune_name or province_code), largest first. */
    public Map<String, Tally> countBy(String column, String province) {
        return changes.remember("by:" + column + ":" + province, () -> {
            Map<String, Tally> result = new LinkedHashMap<>();
            figures.groupedBy(column, province).forEach(g -> result.put(g.key(), g.tally()));
            return result;
        });
    }

    /** Members in the registers (still members): all, women, from ethnic minorities. */
    public record Inclusion(long registered, long women, long ethnicMinority) {
    }

    public Inclusion inclusion(String province) {
        return changes.remember("inclusion:" + province, () -> figures.inclusion(province));
    }

    /** Counts and averages by commune of one province for a year. */
    public record CommuneRow(String commune, long total, long active, long members, Long averageRevenueVnd) {
    }

    public List<CommuneRow> byCommune(String province, Integer year) {
        return changes.remember("communes:" + province + ":" + year, () -> byCommuneNow(province, year));
    }

    private List<CommuneRow> byCommuneNow(String province, Integer year) {
        return figures.communes(province, year == null ? 0 : year).stream()
                .map(c -> new CommuneRow(c.commune(), c.tally().total(), c.tally().active(), c.tally().members(),
                        average(c.revenueVnd(), c.revenueReports())))
                .toList();
    }

    static Long average(BigDecimal sum, long count) {
        if (sum == null || count == 0) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
