package vn.htxso.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** The import check page lists the anomaly flags of the file's rows before anything is written. */
@DemoMvcTest
class ImportFlagsPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void theCheckPageShowsEachFlaggedRowWithItsRuleAndFigures() throws Exception {
        String prefix = "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String page = checkPage(prefix);
        assertThat(page).contains("id=\"import-flags\"").contains("data-rule=\"MEMBERS_BELOW_MINIMUM\"")
                .contains(prefix + "1").contains("Số thành viên chính thức 3 dưới mức tối thiểu 5");
        assertThat(page).doesNotContain("<td>" + prefix + "2</td>");
        // nothing written by the check
        mvc.perform(get("/registry?q=" + prefix).with(DemoUsers.as(accounts, "nghean"))).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("HTX Ba Người"));
    }

    @Test
    void theCheckPageWithFlagsIsValidHtml(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        String page = checkPage("G" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase());
        assertThat(page).contains("data-rule=");
        var file = vn.htxso.support.HtmlChecker.write(folder, "/registry/import/{id} with flags", page);
        assertThat(vn.htxso.support.HtmlChecker.errors(vn.htxso.support.HtmlChecker.jar(), java.util.List.of(file)))
                .isEmpty();
    }

    String checkPage(String prefix) throws Exception {
        String csv = "\uFEFFMã số HTX,Tên,Loại hình,Mã tỉnh,Xã/phường,Lĩnh vực,Số thành viên,Năm báo cáo,Doanh thu,"
                + "Số lao động\r\n"
                + prefix + "1,HTX Ba Người,HTX,40,Xã Nam Đàn,agriculture,3,2025,900000000,8\r\n"
                + prefix + "2,HTX Đủ Người,HTX,40,Xã Nam Đàn,agriculture,15,2025,900000000,8\r\n";
        MockMultipartFile file = new MockMultipartFile("file", "co-flag.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/registry/import").file(file).with(csrf())
                        .with(DemoUsers.as(accounts, "nghean")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = "";
        for (int i = 0; i < 400 && !page.contains("import-flags"); i++) {
            Thread.sleep(50);
            page = mvc.perform(get(location).with(DemoUsers.as(accounts, "nghean")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        return page;
    }
}
