package vn.htxso.registry.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.htxso.registry.CellError;
import vn.htxso.registry.ImportColumn;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.Sector;

class RowParserTests {

    final RowParser parser = new RowParser(Map.of("40", "40", "nghean", "40", "01", "01"), 2027);

    Map<ImportColumn, String> row(String... pairs) {
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        values.put(ImportColumn.REGISTRATION_NO, "2901234567");
        values.put(ImportColumn.NAME, "HTX Chè");
        values.put(ImportColumn.KIND, "HTX");
        values.put(ImportColumn.PROVINCE_CODE, "40");
        values.put(ImportColumn.COMMUNE, "Xã Hạnh Lâm");
        values.put(ImportColumn.SECTOR, "agriculture");
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(ImportColumn.valueOf(pairs[i]), pairs[i + 1]);
        }
        return values;
    }

    @Test
    void headersMatchByKeyOrLabelIgnoringCaseSpacesAndDiacritics() {
        assertThat(ImportColumn.byHeader("MÃ SỐ HTX")).contains(ImportColumn.REGISTRATION_NO);
        assertThat(ImportColumn.byHeader("ma so htx")).contains(ImportColumn.REGISTRATION_NO);
        assertThat(ImportColumn.byHeader("Registration_No")).contains(ImportColumn.REGISTRATION_NO);
        assertThat(ImportColumn.byHeader(" Thu nhập bình quân người lao động ")).contains(ImportColumn.AVG_WORKER_INCOME_VND);
        assertThat(ImportColumn.byHeader("xa/phuong")).contains(ImportColumn.COMMUNE);
        assertThat(ImportColumn.byHeader("Ghi chú")).isEmpty();
    }

    @Test
    void wordsDatesAndNumbersInTheirUsualForms() {
        ImportRow row = parser.parse(2, row("KIND", "hợp tác xã", "PROVINCE_CODE", "Nghệ An", "SECTOR", "Tiểu thủ công nghiệp",
                "STATUS", "Tạm ngừng", "FOUNDED_ON", "5/3/2015", "CHARTER_CAPITAL_VND", "1.500.000.000", "YEAR", "2025",
                "REVENUE_VND", "2,200,000,000", "PROFIT_VND", "-3000000", "MEMBERS", "42.0")).row();
        assertThat(row.kind()).isEqualTo(OrganisationKind.HTX);
        assertThat(row.provinceCode()).isEqualTo("40");
        assertThat(row.sector()).isEqualTo(Sector.HANDICRAFT);
        assertThat(row.status()).isEqualTo(OrganisationStatus.SUSPENDED);
        assertThat(row.foundedOn()).isEqualTo(LocalDate.of(2015, 3, 5));
        assertThat(row.charterCapitalVnd()).isEqualTo(1_500_000_000L);
        assertThat(row.revenueVnd()).isEqualTo(2_200_000_000L);
        assertThat(row.profitVnd()).isEqualTo(-3_000_000L);
        assertThat(row.members()).isEqualTo(42);
        assertThat(parser.parse(2, row("FOUNDED_ON", "2015-03-05", "STATUS", "giai the")).row().status())
                .isEqualTo(OrganisationStatus.DISSOLVED);
        assertThat(parser.parse(2, row("PROVINCE_CODE", "1")).row().provinceCode()).isEqualTo("01");
    }

    @Test
    void eachBadCellIsReportedWithItsColumn() {
        RowParser.Result result = parser.parse(7, row("NAME", "", "FOUNDED_ON", "31/02/2015", "MEMBERS", "-1",
                "REVENUE_VND", "nhiều", "STATUS", "sắp mở", "PROVINCE_CODE", "99"));
        assertThat(result.row()).isNull();
        assertThat(result.errors()).extracting(CellError::column).containsExactly("name", "province_code", "status",
                "founded_on", "members", "revenue_vnd");
        assertThat(result.errors()).allMatch(e -> e.row() == 7);
        assertThat(parser.parse(3, row("REVENUE_VND", "100")).errors()).extracting(CellError::messageKey)
                .containsExactly("registry.import.error.yearNeeded");
        assertThat(parser.parse(3, row("YEAR", "2031")).errors()).extracting(CellError::column).containsExactly("year");
    }
}
