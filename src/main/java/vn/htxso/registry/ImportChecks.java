package vn.htxso.registry;

import java.util.List;

/**
 * Implemented by modules that look at an import's annual-report figures before it is committed (the insights module's
 * anomaly flags), without the registry knowing them: the dry run hands over every valid row that carries a report,
 * and the check page shows the flags per row. A flag never blocks the import: it asks the officer to look again.
 */
public interface ImportChecks {

    List<RowFlag> check(List<ImportedReport> reports);

    /** A valid import row with a report year, as the file says it (optional figures {@code null} when blank). */
    record ImportedReport(int row, String registrationNo, String name, OrganisationKind kind, String provinceCode,
                          Sector sector, Integer members, Long charterCapitalVnd, int year, Long revenueVnd,
                          Integer workers, Long avgWorkerIncomeVnd) {
    }

    /**
     * A flag on row {@code row}: {@code rule} names it, {@code messageKey} words it with {@code args} (numbers or
     * text).
     */
    record RowFlag(int row, String registrationNo, String rule, String messageKey, List<Object> args) {

        public Object[] arguments() {
            return args.toArray();
        }
    }
}
