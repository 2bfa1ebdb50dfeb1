package vn.htxso.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** The scorecard pages: who sees what, filters, exports, the criteria form's bad inputs, the public page. */
@DemoMvcTest
class ScorecardPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String user) {
        return DemoUsers.as(accounts, user);
    }

    @Test
    void theNationalPageListsProvincesAndAProvinceAdminGoesToItsOwn() throws Exception {
        mvc.perform(get("/scorecard").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nghệ An")))
                .andExpect(content().string(containsString("Lào Cai")));
        mvc.perform(get("/scorecard").with(as("nghean"))).andExpect(redirectedUrl("/scorecard/provinces/40"));
        mvc.perform(get("/scorecard").with(as("buyer"))).andExpect(status().isForbidden());
    }

    @Test
    void theProvincePageRanksCommunesAndFilters() throws Exception {
        mvc.perform(get("/scorecard/provinces/40").with(as("nghean")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Hạnh Lâm")))
                .andExpect(content().string(containsString("Xã Kỳ Sơn")));
        mvc.perform(get("/scorecard/provinces/40").param("q", "hanh lam").with(as("nghean")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Hạnh Lâm")))
                .andExpect(content().string(not(containsString("Xã Kỳ Sơn"))));
        mvc.perform(get("/scorecard/provinces/15").with(as("nghean"))).andExpect(status().isForbidden());
        mvc.perform(get("/scorecard/provinces/77").with(as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void theRankingExportsAsASpreadsheetAndAPdf() throws Exception {
        byte[] xlsx = mvc.perform(get("/scorecard/provinces/40/export.xlsx").with(as("nghean")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Xã/Phường");
            assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(1.0);   // rank 1 first
            assertThat(sheet.getLastRowNum()).isGreaterThan(4);
        }
        byte[] pdf = mvc.perform(get("/scorecard/provinces/40/export.pdf").with(as("nghean")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/scorecard/provinces/40/export.xlsx").with(as("laocai"))).andExpect(status().isForbidden());
    }

    @Test
    void theCommunePageShowsEachIndicatorWithItsDates() throws Exception {
        mvc.perform(get("/scorecard/provinces/40/communes/{c}", "Xã Hạnh Lâm").with(as("nghean")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("indicator-SHOPS_ONLINE")))
                .andExpect(content().string(containsString("Số liệu từ")))
                .andExpect(content().string(containsString("Số liệu tại ngày")));
        mvc.perform(get("/scorecard/provinces/40/communes/{c}", "Xã Không Có").with(as("nghean")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badCriteriaComeBackWithMessagesAndStoreNothing() throws Exception {
        long before = jdbc.sql("select count(*) from scorecard_criteria_sets").query(Long.class).single();
        mvc.perform(post("/scorecard/criteria/40").with(as("nghean")).with(csrf())
                        .param("baseVersion", "0")
                        .param("rows[0].measure", "COOPS").param("rows[0].name", "HTX").param("rows[0].target", "ba")
                        .param("rows[0].weight", "10")
                        .param("rows[1].measure", "COOPS").param("rows[1].name", "").param("rows[1].target", "2")
                        .param("rows[1].weight", "101")
                        .param("rows[2].measure", "NO_SUCH").param("rows[2].name", "x").param("rows[2].target", "1")
                        .param("rows[2].weight", "1")
                        .param("rows[3].measure", "VIETQR_SHARE").param("rows[3].name", "QR")
                        .param("rows[3].target", "150").param("rows[3].weight", "5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Chỉ tiêu là một số từ 0 đến 1.000.000")))
                .andExpect(content().string(containsString("Phép đo này đã dùng ở một chỉ tiêu khác.")))
                .andExpect(content().string(containsString("Nhập tên chỉ tiêu")))
                .andExpect(content().string(containsString("Trọng số là số nguyên từ 0 đến 100.")))
                .andExpect(content().string(containsString("Phép đo không có trong danh sách.")))
                .andExpect(content().string(containsString("Chỉ tiêu là một số từ 0 đến 100,")));
        mvc.perform(post("/scorecard/criteria/40").with(as("nghean")).with(csrf())
                        .param("baseVersion", "0")
                        .param("rows[0].measure", "COOPS").param("rows[0].name", "HTX").param("rows[0].target", "3")
                        .param("rows[0].weight", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Tổng trọng số phải lớn hơn 0.")));
        // another province's criteria, and the national default, are not a province admin's
        mvc.perform(post("/scorecard/criteria/15").with(as("nghean")).with(csrf())
                        .param("baseVersion", "1").param("rows[0].measure", "COOPS").param("rows[0].name", "HTX")
                        .param("rows[0].target", "3").param("rows[0].weight", "10"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/scorecard/criteria/VN").with(as("nghean"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from scorecard_criteria_sets").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aStaleEditIsAConflict() throws Exception {
        // Lào Cai has version 1 in the demo: an edit based on version 0 was overtaken
        mvc.perform(post("/scorecard/criteria/15").with(as("laocai")).with(csrf())
                        .param("baseVersion", "0").param("rows[0].measure", "COOPS").param("rows[0].name", "HTX")
                        .param("rows[0].target", "3").param("rows[0].weight", "10"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("vừa được người khác lưu")));
    }

    @Test
    void thePublicCommunePageIsOpenLightAndHasNoPersonalData() throws Exception {
        String html = mvc.perform(get("/communes/{p}/{c}", "40", "Xã Hạnh Lâm"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HTX Chè Thanh Chương")))
                .andExpect(content().string(containsString("/market/shops/b1000000-0000-4000-8000-000000000001")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // no bank account, phone or member name of the demo data
        assertThat(html).doesNotContain("21510001234567").doesNotContain("0912345003").doesNotContain("HTX CHE THANH CHUONG");
        long weight = gzipped(html.getBytes(StandardCharsets.UTF_8));
        for (String asset : new String[] {"/css/app.css", "/js/app.js", "/webjars/htmx.org/dist/htmx.min.js"}) {
            weight += gzipped(mvc.perform(get(asset)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsByteArray());
        }
        System.out.println("Public commune page, HTML + CSS + JS gzipped: " + weight + " bytes");
        assertThat(weight).isLessThanOrEqualTo(50 * 1024);
        mvc.perform(get("/communes/{p}/{c}", "40", "Xã Không Có")).andExpect(status().isNotFound());
        mvc.perform(get("/communes/{p}/{c}", "77", "Xã Hạnh Lâm")).andExpect(status().isNotFound());
    }

    static long gzipped(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
