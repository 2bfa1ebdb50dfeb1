package vn.htxso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.JdbcRows;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** The materials page: sizes shown, "Wi-Fi only" above 20 MB, downloads, and officers' uploads with bad files refused. */
@DemoMvcTest
class MaterialsPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theListShowsSizesAndFlagsLargeFilesForWifiOnly() throws Exception {
        String big = "Video tập huấn quay phim sản phẩm " + UUID.randomUUID();
        String small = "Sổ tay nhỏ " + UUID.randomUUID();
        insert(big, 25L * 1024 * 1024); // 25 MB
        insert(small, 20L * 1024 * 1024); // exactly 20 MB: not above
        String page = mvc.perform(get("/learning/materials")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(item(page, big)).contains("25,0 MB").contains("chỉ tải qua Wi-Fi").contains("/api/v1/materials/")
                .contains("CC BY 4.0").contains("Tiếng Hmông");
        assertThat(item(page, small)).contains("20,0 MB").doesNotContain("Wi-Fi");
        assertThat(page).doesNotContain("Thêm tài liệu"); // the upload form is for officers
    }

    @Test
    void anOfficerUploadsAFileAndBadFilesAreRefusedWithAMessage() throws Exception {
        String title = "Hướng dẫn hoá đơn điện tử " + UUID.randomUUID();
        mvc.perform(multipart("/learning/materials").file(new MockMultipartFile("file", "huong-dan.pdf",
                        "application/pdf", PDF)).param("title", title).param("language", "vi")
                        .param("licence", "CC BY 4.0").with(as("laocai")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/learning/materials").with(as("laocai"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(item(page, title)).contains("&lt; 0,1 MB").contains("Tiếng Việt");
        UUID id = jdbc.sql("select id from learning_materials where title = ?").param(title).query(UUID.class).single();
        mvc.perform(get("/api/v1/materials/" + id + "/file")).andExpect(status().isOk());

        String bad = "Tệp hỏng " + UUID.randomUUID();
        assertThat(upload(bad, new MockMultipartFile("file", "rong.pdf", "application/pdf", new byte[0]), 422))
                .contains("0 byte");
        assertThat(upload(bad, new MockMultipartFile("file", "anh.mp4", "video/mp4", PDF), 422))
                .contains("không khớp");
        assertThat(upload("", new MockMultipartFile("file", "a.pdf", "application/pdf", PDF), 422))
                .contains("Hãy nhập tên tài liệu");
        assertThat(jdbc.sql("select count(*) from learning_materials where title = ?").param(bad).query(Integer.class)
                .single()).isZero();
        mvc.perform(multipart("/learning/materials").file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                .param("title", bad).param("language", "vi").param("licence", "x").with(as("buyer")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private String upload(String title, MockMultipartFile file, int status) throws Exception {
        return mvc.perform(multipart("/learning/materials").file(file).param("title", title).param("language", "vi")
                        .param("licence", "CC BY 4.0").with(as("nghean")).with(csrf()))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void insert(String title, long size) {
        jdbc.sql("""
                insert into learning_materials (id, title, language, licence, file_name, content_type, size_bytes,
                  content, province_code, uploaded_by, created_at) values (?, ?, 'HMONG', 'CC BY 4.0', 'video.mp4',
                  'video/mp4', ?, ?, '15', ?, ?)""")
                .params(UUID.randomUUID(), title, size, PDF, UUID.fromString("d0000000-0000-4000-8000-000000000003"),
                        JdbcRows.at(Instant.now().plusSeconds(86400))).update();
    }

    /** The list item of one material. */
    private static String item(String page, String title) {
        int at = page.indexOf(title);
        assertThat(at).as(title + " listed").isPositive();
        int start = page.lastIndexOf("<li", at);
        return page.substring(start, page.indexOf("</li>", at));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return DemoUsers.as(accounts, username);
    }
}
