package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/**
 * Uploads: access first, then only the image header against the pixel limit (never a full decode of a file that is
 * too big or that the user may not store), and a 4xx with a message, never a 500.
 */
@DemoMvcTest
class UploadCheckTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** A PNG that declares the given size but carries no pixels: only its header can be read. */
    static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(ihdr.array());
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    @Test
    void theSharedCheckerReadsOnlyTheHeader() {
        UploadChecker checker = new UploadChecker(new UploadChecker.Limits(40_000_000L));
        assertThatThrownBy(() -> checker.image(pngHeader(46341, 46341), "image/png"))
                .isInstanceOf(BusinessRuleViolation.class)
                .satisfies(e -> assertThat(((BusinessRuleViolation) e).messageKey()).isEqualTo("platform.upload.pixels"));
        assertThat(checker.image(pngHeader(100, 50), "image/png").width()).isEqualTo(100);
        // declared as a JPEG, but the content is a PNG
        assertThatThrownBy(() -> checker.image(pngHeader(100, 50), "image/jpeg"))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> checker.image("<html>".getBytes(), "image/png"))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    private UUID plotOfDemoCoop() {
        return jdbc.sql("select id from trace_plots where organisation_id = ? order by name limit 1")
                .param(UUID.fromString("a0000000-0000-4000-8000-000000000001")).query(UUID.class).single();
    }

    @Test
    void aBuyerWhoMayNotWriteTheDiaryNeverHasAPhotoRead() throws Exception {
        var photo = new MockMultipartFile("photo", "anh.png", "image/png", pngHeader(16000, 16000));
        int status = mvc.perform(multipart("/trace/diary").file(photo).with(DemoUsers.as(accounts, "buyer")).with(csrf())
                        .param("plotId", plotOfDemoCoop().toString()).param("kind", "OBSERVATION"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(403, 404);
    }

    @Test
    void aPhotoOverThePixelLimitIsRefusedWithAMessage() throws Exception {
        var photo = new MockMultipartFile("photo", "anh.png", "image/png", pngHeader(46341, 46341));
        var response = mvc.perform(multipart("/trace/diary").file(photo).with(DemoUsers.as(accounts, "htx-manager"))
                        .with(csrf()).param("plotId", plotOfDemoCoop().toString()).param("kind", "OBSERVATION"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("điểm ảnh");
    }
}
