package vn.htxso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.htxso.platform.QrImages;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/**
 * News posts: officers write them for their province (a national admin also nationally), anyone reads the published
 * ones with a share link and its QR; drafts and changes stay within the officer's province; bad input is a 422 and
 * stores nothing.
 */
@DemoMvcTest
class NewsPagesTests {

    static final String LAO_CAI_DAY = "e1000000-0000-4000-8000-000000000002";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerPublishesAPostWithAPictureAndAnyoneReadsAndSharesIt() throws Exception {
        String title = "Hội nghị chuyển đổi số " + UUID.randomUUID();
        mvc.perform(write("nghean", title, "40", true).file(png("anh.png", MediaType.IMAGE_PNG_VALUE)))
                .andExpect(status().is3xxRedirection());
        UUID id = idOf(title);
        String list = page(get("/learning/news").param("province", "40"), 200);
        assertThat(list).contains(title).contains("/learning/news/" + id + "/image");
        assertThat(page(get("/learning/news").param("province", "15"), 200)).doesNotContain(title);

        String post = page(get("/learning/news/" + id), 200);
        assertThat(post).contains(title).contains("Đoạn một.").contains("Đoạn hai.")
                .contains("http://localhost:8080/learning/news/" + id) // the share link
                .contains("/learning/news/" + id + "/qr.png").contains("facebook.com/sharer")
                .contains("/js/learning-share").doesNotContain("Sửa tin");
        mvc.perform(get("/learning/news/" + id + "/image")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG));
        byte[] qr = mvc.perform(get("/learning/news/" + id + "/qr.png")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG)).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(QrImages.text(qr))
                .isEqualTo("http://localhost:8080/learning/news/" + id);
        assertThat(jdbc.sql("select count(*) from audit_events where action = 'learning.news.created' and subject_id = ?")
                .param(id.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void draftsAndChangesStayWithinTheOfficersProvince() throws Exception {
        String title = "Bản nháp Nghệ An " + UUID.randomUUID();
        mvc.perform(write("nghean", title, "40", false)).andExpect(status().is3xxRedirection());
        UUID id = idOf(title);
        // a draft: not public, not for another province's officer
        mvc.perform(get("/learning/news/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/learning/news/" + id).with(as("laocai"))).andExpect(status().isNotFound());
        mvc.perform(get("/learning/news/" + id + "/qr.png").with(as("buyer"))).andExpect(status().isNotFound());
        assertThat(page(get("/learning/news"), 200)).doesNotContain(title);
        assertThat(page(get("/learning/news/" + id).with(as("nghean")), 200)).contains(title).contains("Bản nháp");
        assertThat(page(get("/learning/news/manage").with(as("nghean")), 200)).contains(title);
        assertThat(page(get("/learning/news/manage").with(as("laocai")), 200)).doesNotContain(title);
        assertThat(page(get("/learning/news/manage").with(as("admin")), 200)).contains(title);

        // Lào Cai's officer can neither open the edit page, nor save, nor delete it
        mvc.perform(get("/learning/news/" + id + "/edit").with(as("laocai"))).andExpect(status().isNotFound());
        mvc.perform(edit("laocai", id, "Đổi tên", "15", true, 0)).andExpect(status().isNotFound());
        mvc.perform(post("/learning/news/" + id + "/delete").with(as("laocai")).with(csrf()))
                .andExpect(status().isNotFound());
        // nor write for Nghệ An or nationally; a member cannot write at all
        mvc.perform(write("laocai", "Tin lạ " + UUID.randomUUID(), "40", true)).andExpect(status().isForbidden());
        mvc.perform(write("laocai", "Tin lạ " + UUID.randomUUID(), "", true)).andExpect(status().isForbidden());
        mvc.perform(write("htx-manager", "Tin lạ " + UUID.randomUUID(), "40", true)).andExpect(status().isForbidden());
        mvc.perform(get("/learning/news/new").with(as("buyer"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select title, published from learning_news where id = ?").param(id)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getBoolean(2)).single()).isEqualTo(title + "|false");

        // its own officer publishes it; an edit made on the old version is a conflict and changes nothing
        mvc.perform(edit("nghean", id, title, "40", true, 0)).andExpect(status().is3xxRedirection());
        assertThat(page(get("/learning/news/" + id), 200)).contains(title);
        String stale = page(edit("nghean", id, "Tên cũ " + UUID.randomUUID(), "40", true, 0), 409);
        assertThat(stale).contains("vừa được người khác sửa");
        assertThat(jdbc.sql("select title from learning_news where id = ?").param(id).query(String.class).single())
                .isEqualTo(title);
        // a national admin writes a national post, which every province's list shows
        String national = "Tin toàn quốc " + UUID.randomUUID();
        mvc.perform(write("admin", national, "", true)).andExpect(status().is3xxRedirection());
        assertThat(page(get("/learning/news").param("province", "15"), 200)).contains(national);

        mvc.perform(post("/learning/news/" + id + "/delete").with(as("nghean")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/learning/news/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsA422WithAMessageAndStoresNothing() throws Exception {
        String title = "Tin lỗi " + UUID.randomUUID();
        assertThat(page(write("nghean", "", "40", true, ""), 422)).contains("Hãy nhập tiêu đề")
                .contains("Hãy nhập nội dung");
        assertThat(page(write("nghean", title, "40", true)
                .file(new MockMultipartFile("photo", "trong.png", MediaType.IMAGE_PNG_VALUE, new byte[0])), 422))
                .contains("0 byte");
        assertThat(page(write("nghean", title, "40", true).file(new MockMultipartFile("photo", "anh.png",
                MediaType.IMAGE_PNG_VALUE, "not a picture at all".getBytes(StandardCharsets.UTF_8))), 422))
                .contains("class=\"alert\"");
        // a JPEG sent as a PNG
        assertThat(page(write("nghean", title, "40", true).file(jpegAsPng()), 422)).contains("class=\"alert\"");
        assertThat(page(write("nghean", title, "40", true).param("eventId", UUID.randomUUID().toString()), 422))
                .contains("Không có sự kiện này");
        assertThat(page(write("nghean", title, "99", true), 422)).contains("không có trong danh mục");
        assertThat(jdbc.sql("select count(*) from learning_news where title = ?").param(title).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void aPostTiedToAnEventShowsOnTheEventsPage() throws Exception {
        String title = "Tin tập huấn quế " + UUID.randomUUID();
        mvc.perform(write("laocai", title, "15", true).param("eventId", LAO_CAI_DAY)).andExpect(status().is3xxRedirection());
        assertThat(page(get("/learning/events/" + LAO_CAI_DAY), 200)).contains(title);
        UUID id = idOf(title);
        assertThat(page(get("/learning/news/" + id), 200)).contains("/learning/events/" + LAO_CAI_DAY);
    }

    private MockMultipartHttpServletRequestBuilder write(String user, String title, String province, boolean publish) {
        return write(user, title, province, publish, "Đoạn một.\n\nĐoạn hai.");
    }

    private MockMultipartHttpServletRequestBuilder write(String user, String title, String province, boolean publish,
                                                         String body) {
        MockMultipartHttpServletRequestBuilder request = multipart("/learning/news");
        request.param("title", title).param("body", body).param("provinceCode", province)
                .param("programme", "Chuyển đổi số HTX 2026").param("publish", String.valueOf(publish))
                .param("version", "0");
        request.with(as(user)).with(csrf());
        return request;
    }

    private MockMultipartHttpServletRequestBuilder edit(String user, UUID id, String title, String province,
                                                        boolean publish, int version) {
        MockMultipartHttpServletRequestBuilder request = multipart("/learning/news/" + id);
        request.param("title", title).param("body", "Nội dung sửa.").param("provinceCode", province)
                .param("publish", String.valueOf(publish)).param("version", String.valueOf(version));
        request.with(as(user)).with(csrf());
        return request;
    }

    private UUID idOf(String title) {
        return jdbc.sql("select id from learning_news where title = ?").param(title).query(UUID.class).single();
    }

    static MockMultipartFile png(String name, String type) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new MockMultipartFile("photo", name, type, out.toByteArray());
    }

    private static MockMultipartFile jpegAsPng() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return new MockMultipartFile("photo", "anh.png", MediaType.IMAGE_PNG_VALUE, out.toByteArray());
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        return DemoUsers.as(accounts, username);
    }
}
