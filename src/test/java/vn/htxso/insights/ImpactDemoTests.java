package vn.htxso.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/**
 * The demo pilot programme is big enough for an ESTIMATE, its report downloads as .xlsx, and the assessment results
 * page says why each package is suggested and what similar co-ops that took it gained.
 */
@DemoMvcTest
class ImpactDemoTests {

    static final String PILOT = "e8000000-0000-4000-8000-000000000001";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void theDemoPilotGivesAnEstimateWithItsInterval() throws Exception {
        mvc.perform(get("/api/v1/programmes/" + PILOT + "/impact").with(httpBasic("admin", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.treated").value(22))
                .andExpect(jsonPath("$.control").value(22))
                .andExpect(jsonPath("$.label").value("ESTIMATE"))
                // generated with +2.5 million VND a month after the package: the interval covers it, not zero
                .andExpect(jsonPath("$.salesVnd.low").value(org.hamcrest.Matchers.lessThan(2_500_000.0)))
                .andExpect(jsonPath("$.salesVnd.high").value(org.hamcrest.Matchers.greaterThan(2_500_000.0)))
                .andExpect(jsonPath("$.salesVnd.low").value(org.hamcrest.Matchers.greaterThan(0.0)))
                .andExpect(jsonPath("$.maturity.difference").value(org.hamcrest.Matchers.greaterThan(0.0)));
    }

    @Test
    void theImpactReportDownloadsAsAWorkbookWithItsFigures() throws Exception {
        byte[] file = mvc.perform(get("/insights/programmes/" + PILOT + "/impact.xlsx")
                        .with(DemoUsers.as(accounts, "nghean")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet summary = book.getSheetAt(0);
            assertThat(summary.getRow(0).getCell(1).getStringCellValue()).contains("Thí điểm bán hàng");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).startsWith("Ước lượng");
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(22.0);
            assertThat(summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(22.0);
            double sales = summary.getRow(8).getCell(1).getNumericCellValue();
            assertThat(sales).isBetween(summary.getRow(8).getCell(2).getNumericCellValue(),
                    summary.getRow(8).getCell(3).getNumericCellValue());
            assertThat(book.getSheetAt(1).getLastRowNum()).isGreaterThan(10);
        }
        mvc.perform(get("/insights/programmes/" + PILOT + "/impact.xlsx").with(DemoUsers.as(accounts, "seller")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theResultsPageSaysWhyEachPackageAndWhatSimilarCoopsGained() throws Exception {
        String page = mvc.perform(get("/assessment/90000000-0000-4000-8000-000000000002")
                        .with(DemoUsers.as(accounts, "htx-manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vì sao bước này").contains("điểm mỗi triệu đồng");
        assertThat(page).containsPattern("\\d+ HTX có điểm ban đầu gần với HTX mình");
    }
}
