package vn.htxso.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.registry.AnnualFigures;
import vn.htxso.registry.AnnualFigures.Figures;
import vn.htxso.registry.ImportChecks;

/**
 * The anomaly rules on an import's rows before the commit: each row's report is checked as if it were stored (hard
 * checks; the change from the stored report of the year before; peers among the stored reports of the same year,
 * with the file's own rows in place of the reports they would replace). Capital from the member register (paid in,
 * largest member) is taken from the organisation's stored report of that year when there is one.
 */
@Component
@Transactional(readOnly = true)
class ImportAnomalies implements ImportChecks {

    private final AnnualFigures figures;
    private final InsightsProperties properties;

    ImportAnomalies(AnnualFigures figures, InsightsProperties properties) {
        this.figures = figures;
        this.properties = properties;
    }

    @Override
    public List<RowFlag> check(List<ImportedReport> reports) {
        Map<Integer, List<ImportedReport>> byYear = new TreeMap<>();
        reports.forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
        List<RowFlag> flags = new ArrayList<>();
        for (var entry : byYear.entrySet()) {
            flags.addAll(check(entry.getKey(), entry.getValue(), figures.ofYear(entry.getKey(), null),
                    figures.ofYear(entry.getKey() - 1, null)));
        }
        return flags;
    }

    /** Pure: the rows of one year against the stored reports of that year and the year before. */
    List<RowFlag> check(int year, List<ImportedReport> rows, List<Figures> stored, List<Figures> before) {
        Map<String, Figures> storedByNumber = new HashMap<>();
        stored.forEach(f -> storedByNumber.put(f.registrationNo(), f));
        Map<String, Figures> beforeByNumber = new HashMap<>();
        before.forEach(f -> beforeByNumber.put(f.registrationNo(), f));
        Map<String, Figures> national = new LinkedHashMap<>(storedByNumber);
        List<Figures> checked = new ArrayList<>(rows.size());
        Map<UUID, Figures> previous = new HashMap<>();
        Map<UUID, Integer> rowOf = new HashMap<>();
        for (ImportedReport r : rows) {
            Figures known = storedByNumber.get(r.registrationNo());
            UUID id = known != null ? known.organisationId()
                    : UUID.nameUUIDFromBytes(("import-" + r.registrationNo()).getBytes());
            Figures f = new Figures(id, r.registrationNo(), r.name(), r.kind(), r.provinceCode(), r.sector(),
                    known == null ? null : known.sizeClass(), year, r.members(), r.workers(), null, r.revenueVnd(),
                    r.charterCapitalVnd() != null ? r.charterCapitalVnd()
                            : known == null ? null : known.charterCapitalVnd(),
                    r.avgWorkerIncomeVnd(), known == null ? null : known.paidInVnd(),
                    known == null ? null : known.largestMemberVnd());
            national.put(r.registrationNo(), f);
            checked.add(f);
            rowOf.put(id, r.row());
            Figures then = beforeByNumber.get(r.registrationNo());
            if (then != null) {
                previous.put(id, then);
            }
        }
        List<RowFlag> flags = new ArrayList<>();
        for (AnomalyFlag flag : new AnomalyRules(properties).check(checked, previous,
                new ArrayList<>(national.values()))) {
            flags.add(new RowFlag(rowOf.get(flag.organisationId()), flag.registrationNo(), flag.rule(),
                    "insights.rule." + flag.rule(), Arrays.asList(flag.messageArguments())));
        }
        return flags;
    }
}
