package vn.htxso.registry.internal.imports;

import java.time.LocalDate;

import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.Sector;

/** One valid row of an import file; optional values are {@code null} when the cell was blank. */
public record ImportRow(int rowNumber, String registrationNo, String name, OrganisationKind kind, String provinceCode,
                        String commune, Sector sector, OrganisationStatus status, LocalDate foundedOn,
                        Integer members, Long charterCapitalVnd, Integer year, Long revenueVnd, Long profitVnd,
                        Integer workers, Long avgWorkerIncomeVnd) {

    public boolean hasReport() {
        return year != null;
    }
}
