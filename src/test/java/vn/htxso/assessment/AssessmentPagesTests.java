package vn.htxso.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.htxso.support.DemoUsers.as;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** The questionnaire in steps, evidence and its verification, the province view and the model's versions. */
@DemoMvcTest
class AssessmentPagesTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerAnswersInStepsResumesAndSeesTheResult() throws Exception {
        String location = mvc.perform(post("/assessment/start").with(as(DemoUsers.MANAGER)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.split("/")[2]);
        mvc.perform(get("/assessment/" + id + "/step/1").with(as(DemoUsers.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lãnh đạo và chiến lược")))
                .andExpect(content().string(not(containsString("style="))));
        // out-of-range share and a non-number: 422, nothing saved for the step
        mvc.perform(multipart("/assessment/" + id + "/step/2").param("a-I3", "150").param("a-I2", "abc")
                        .with(as(DemoUsers.MANAGER)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("giá trị phải từ 0 đến 100")));
        assertThat(answers(id)).isZero();
        // a text file pretending to be a photo is refused by its content
        mvc.perform(multipart("/assessment/" + id + "/step/1")
                        .file(new MockMultipartFile("file-L4", "quyet-dinh.jpg", "image/jpeg", "not an image".getBytes()))
                        .param("a-L1", "3").param("a-L4", "1").with(as(DemoUsers.MANAGER)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Chỉ nhận ảnh")));
        mvc.perform(multipart("/assessment/" + id + "/step/1")
                        .file(new MockMultipartFile("file-L4", "quyet-dinh.png", "image/png", PNG))
                        .param("a-L1", "3").param("a-L4", "1").param("a-N1", "ECOMMERCE", "TRACE")
                        .param("action", "later").with(as(DemoUsers.MANAGER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // resume: the same draft, at step 2
        mvc.perform(post("/assessment/start").with(as(DemoUsers.MANAGER)).with(csrf()))
                .andExpect(redirectedUrl("/assessment/" + id + "/step/2"));
        for (int step = 2; step <= 7; step++) {
            mvc.perform(multipart("/assessment/" + id + "/step/" + step).param("a-I2", "4").param("a-M1", "3")
                            .with(as(DemoUsers.MANAGER)).with(csrf()))
                    .andExpect(redirectedUrl("/assessment/" + id + "/step/" + (step + 1)));
        }
        mvc.perform(get("/assessment/" + id + "/step/8").with(as(DemoUsers.MANAGER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Hoàn thành")));
        mvc.perform(post("/assessment/" + id + "/complete").with(as(DemoUsers.MANAGER)).with(csrf()))
                .andExpect(redirectedUrl("/assessment/" + id));
        // L1 3/5 of 10 = 6; I2 4/5 of 10 = 8; M1 3/5 of 10 = 6; evidence L4 pending does not count
        assertThat(score(id)).isEqualTo(20.0);
        mvc.perform(get("/assessment/" + id).with(as(DemoUsers.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("<polygon")))
                .andExpect(content().string(containsString("Chờ xác minh")))
                .andExpect(content().string(not(containsString("style="))));
        // the Lào Cai officer may not verify a Nghệ An co-op's evidence
        mvc.perform(post("/assessment/" + id + "/evidence/L4").param("decision", "accept")
                        .with(as(DemoUsers.LAOCAI)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessment/" + id).with(as(DemoUsers.LAOCAI))).andExpect(status().isNotFound());
        assertThat(score(id)).isEqualTo(20.0);
        // the Nghệ An officer verifies it: the assessment is rescored (+5 for L4)
        mvc.perform(post("/assessment/" + id + "/evidence/L4").param("decision", "accept")
                        .with(as(DemoUsers.NGHEAN)).with(csrf()))
                .andExpect(redirectedUrl("/assessment/" + id));
        assertThat(score(id)).isEqualTo(25.0);
        // the draft can no longer be changed
        mvc.perform(multipart("/assessment/" + id + "/step/1").param("a-L1", "5").with(as(DemoUsers.MANAGER)).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherCoopsManagerCannotSeeADraft() throws Exception {
        String location = mvc.perform(post("/assessment/start").with(as(DemoUsers.MANAGER)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.split("/")[2]);
        var other = DemoUsers.user(8, "other-manager", vn.htxso.platform.Role.COOP_MANAGER, "15", DemoUsers.QUE, null);
        mvc.perform(get("/assessment/" + id + "/step/1").with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/assessment/" + id + "/step/1").with(as(DemoUsers.NGHEAN))).andExpect(status().isNotFound());
        mvc.perform(post("/assessment/start").with(as(DemoUsers.PROVIDER)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void provinceAdminsSeeTheirProvinceAndExportIt() throws Exception {
        mvc.perform(get("/assessment/overview").with(as(DemoUsers.NGHEAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nghệ An")))
                .andExpect(content().string(containsString("Chưa từng đánh giá")));
        mvc.perform(get("/assessment/overview").param("province", "15").with(as(DemoUsers.NGHEAN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessment/overview").with(as(DemoUsers.MANAGER))).andExpect(status().isForbidden());
        byte[] xlsx = mvc.perform(get("/assessment/overview.xlsx").with(as(DemoUsers.NGHEAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên tổ chức");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
        }
        mvc.perform(get("/assessment/overview").param("province", "15").with(as(DemoUsers.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lào Cai")));
    }

    @Test
    void aNationalAdminPublishesANewVersionAndOldAssessmentsKeepTheirs() throws Exception {
        byte[] current = mvc.perform(get("/admin/assessment-model/1.json").with(as(DemoUsers.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String edited = new String(current, java.nio.charset.StandardCharsets.UTF_8)
                .replace("HTX đã có kế hoạch chuyển đổi số chưa?", "HTX đã có kế hoạch chuyển đổi số (bản sửa)?");
        int before = jdbc.sql("select max(version) from assessment_model_versions").query(Integer.class).single();
        mvc.perform(multipart("/admin/assessment-model")
                        .file(new MockMultipartFile("file", "v2.json", "application/json", "{\"dimensions\":[]}".getBytes()))
                        .with(as(DemoUsers.ADMIN)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(multipart("/admin/assessment-model")
                        .file(new MockMultipartFile("file", "v2.json", "application/json", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(as(DemoUsers.NGHEAN)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/assessment-model")
                        .file(new MockMultipartFile("file", "v2.json", "application/json", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("note", "Sửa câu L1").with(as(DemoUsers.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/assessment-model"));
        int after = jdbc.sql("select max(version) from assessment_model_versions").query(Integer.class).single();
        assertThat(after).isEqualTo(before + 1);
        assertThat(jdbc.sql("select text_vi from assessment_items where model_version = 1 and code = 'L1'")
                .query(String.class).single()).isEqualTo("HTX đã có kế hoạch chuyển đổi số chưa?");
        assertThat(jdbc.sql("select text_vi from assessment_items where model_version = ? and code = 'L1'")
                .param(after).query(String.class).single()).contains("bản sửa");
        assertThat(jdbc.sql("select count(*) from assessment_items where model_version = ?").param(after)
                .query(Integer.class).single()).isEqualTo(41);
    }

    private int answers(UUID id) {
        return jdbc.sql("select count(*) from assessment_answers where assessment_id = ? and (number_value is not null or option_codes is not null)")
                .param(id).query(Integer.class).single();
    }

    private double score(UUID id) {
        return jdbc.sql("select score from assessments where id = ?").param(id).query(Double.class).single();
    }
}
