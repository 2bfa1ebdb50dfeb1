package vn.htxso.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.registry.internal.RegistryFigures;
import vn.htxso.registry.internal.Reports;

/**
 * Read-only annual-report figures for analyses in other modules (the insights module's anomaly flags), with what the
 * member register says today: capital paid in by current members and the largest single member's pledged capital.
 */
@Service
@Transactional(readOnly = true)
public class AnnualFigures {

    private final Reports reports;
    private final RegistryFigures figures;

    AnnualFigures(Reports reports, RegistryFigures figures) {
        this.reports = reports;
        this.figures = figures;
    }

    /**
     * @param charterCapitalVnd the report's figure, else the organisation's
     * @param paidInVnd         capital paid in by current members of the register (null when the register is empty)
     * @param largestMemberVnd  the largest pledged capital of one current member (null when the register is empty)
     */
    public record Figures(UUID organisationId, String registrationNo, String name, OrganisationKind kind,
                          String provinceCode, Sector sector, SizeClass sizeClass, int year, Integer members,
                          Integer workers, Integer memberWorkers, Long revenueVnd, Long charterCapitalVnd,
                          Long avgWorkerIncomeVnd, Long paidInVnd, Long largestMemberVnd) {
    }

    /** All reports of a year, of one province or (province null) of the nation. */
    public List<Figures> ofYear(int year, String provinceCode) {
        return reports.figuresOfYear(year, provinceCode);
    }

    /** The latest year with reports, of one province or (null) of the nation. */
    public Optional<Integer> latestYear(String provinceCode) {
        return Optional.ofNullable(figures.latestReportYear(provinceCode));
    }
}
