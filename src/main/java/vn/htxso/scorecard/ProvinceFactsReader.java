package vn.htxso.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.htxso.assessment.Assessments;
import vn.htxso.marketplace.OperatingReport;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.Commune;
import vn.htxso.platform.VietnameseText;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Registry;
import vn.htxso.traceability.Traceability;

/** Gathers a province's facts from the other modules' APIs: a handful of queries per province, none per commune. */
@Component
class ProvinceFactsReader {

    private final AdminUnits adminUnits;
    private final Registry registry;
    private final Assessments assessments;
    private final OperatingReport market;
    private final Traceability traceability;

    ProvinceFactsReader(AdminUnits adminUnits, Registry registry, Assessments assessments, OperatingReport market,
                        Traceability traceability) {
        this.adminUnits = adminUnits;
        this.registry = registry;
        this.assessments = assessments;
        this.market = market;
        this.traceability = traceability;
    }

    /** The province's communes: those of the commune list and those the registry writes (key → name shown). */
    Map<String, String> communes(String provinceCode, List<OrganisationSummary> organisations) {
        Map<String, String> communes = new TreeMap<>();
        organisations.forEach(o -> communes.putIfAbsent(VietnameseText.key(o.communeName()), o.communeName()));
        for (Commune c : adminUnits.communes(provinceCode)) {
            communes.putIfAbsent(VietnameseText.key(c.name()), c.name());
        }
        return communes;
    }

    List<OrganisationSummary> organisations(String provinceCode) {
        return registry.inProvince(provinceCode);
    }

    ProvinceFacts read(String provinceCode, List<OrganisationSummary> summaries, Periods periods) {
        List<ProvinceFacts.Organisation> organisations = new ArrayList<>();
        List<UUID> all = new ArrayList<>();
        List<UUID> active = new ArrayList<>();
        for (OrganisationSummary o : summaries) {
            boolean isActive = o.status() == OrganisationStatus.ACTIVE;
            organisations.add(new ProvinceFacts.Organisation(o.id().value(), VietnameseText.key(o.communeName()),
                    isActive));
            all.add(o.id().value());
            if (isActive) {
                active.add(o.id().value());
            }
        }
        Map<UUID, Integer> levels = assessments.latestLevels(active, periods.endExclusive());
        Map<String, OperatingReport.CommuneFigures> figures = market.byCommune(provinceCode,
                periods.twelveMonthsFrom(), periods.end());
        Map<UUID, Integer> lots = traceability.publishedLotCounts(all, periods.yearStartInstant(),
                periods.endExclusive());
        Map<String, String> communes = new LinkedHashMap<>(communes(provinceCode, summaries));
        figures.keySet().forEach(name -> communes.putIfAbsent(VietnameseText.key(name), name));
        return new ProvinceFacts(periods, communes, organisations, levels, figures, lots);
    }
}
