package vn.htxso.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.htxso.registry.AnnualFigures.Figures;
import vn.htxso.registry.ImportChecks.ImportedReport;
import vn.htxso.registry.ImportChecks.RowFlag;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.Sector;
import vn.htxso.registry.SizeClass;

/** The anomaly rules on import rows: each flag carries the row, the rule and the figures, against stored reports. */
class ImportAnomaliesTests {

    final ImportAnomalies anomalies = new ImportAnomalies(null, InsightsProperties.defaults());

    static ImportedReport row(int row, String number, int members, long revenue) {
        return new ImportedReport(row, number, "HTX " + number, OrganisationKind.HTX, "40", Sector.AGRICULTURE,
                members, 500_000_000L, 2025, revenue, 10, 48_000_000L);
    }

    @Test
    void aRowBelowTheLegalMinimumAndARevenueJumpAreFlaggedWithTheirRows() {
        UUID known = UUID.randomUUID();
        Figures lastYear = new Figures(known, "4099000002", "HTX cũ", OrganisationKind.HTX, "40",
                Sector.AGRICULTURE, SizeClass.MICRO, 2024, 20, 10, null, 2_000_000_000L, 500_000_000L, 48_000_000L,
                null, null);
        List<RowFlag> flags = anomalies.check(2025, List.of(row(2, "4099000001", 3, 900_000_000L),
                row(3, "4099000002", 20, 20_000_000_000L), row(4, "4099000003", 20, 1_000_000_000L)),
                List.of(), List.of(lastYear));
        assertThat(flags).extracting(RowFlag::row, RowFlag::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2, "MEMBERS_BELOW_MINIMUM"),
                org.assertj.core.groups.Tuple.tuple(3, "REVENUE_JUMP"));
        RowFlag members = flags.stream().filter(f -> f.row() == 2).findFirst().orElseThrow();
        assertThat(members.messageKey()).isEqualTo("insights.rule.MEMBERS_BELOW_MINIMUM");
        assertThat(members.args()).containsExactly(3, 5);
        assertThat(members.registrationNo()).isEqualTo("4099000001");
    }

    @Test
    void plausibleRowsRaiseNoFlag() {
        assertThat(anomalies.check(2025, List.of(row(2, "4099000011", 12, 800_000_000L)), List.of(), List.of()))
                .isEmpty();
    }
}
