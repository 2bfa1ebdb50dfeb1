package vn.htxso.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.HtmlChecker;
import vn.htxso.traceability.internal.DiaryLogs;
import vn.htxso.traceability.internal.Lots;

/** The co-op's pages: forms that come back with their messages (422), and the pages with ids are valid HTML. */
@DemoMvcTest
class TraceabilityPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    FarmDiary diary;
    @Autowired
    Lots lots;
    @Autowired
    DiaryLogs logs;
    @Autowired
    Clock clock;

    @TempDir
    Path pages;

    private RequestPostProcessor seller() {
        return TraceTestSupport.as(accounts, "seller");
    }

    @Test
    void aHarvestTooSoonComesBackAsTheFormWithTheReason() throws Exception {
        CurrentUser manager = TraceTestSupport.user(accounts, "htx-manager");
        var plot = diary.createPlot(manager, new FarmDiary.NewPlot("Đồi form " + UUID.randomUUID(), "Xã Hạnh Lâm",
                500, "Chè búp tươi", Standard.ORGANIC));
        diary.record(manager, Entries.pesticide(plot.id(), LocalDate.now(clock).minusDays(1), "Chế phẩm Bt", 3));
        mvc.perform(post("/trace/diary").with(seller()).with(csrf())
                        .param("kind", "HARVEST").param("plotId", plot.id().toString())
                        .param("date", LocalDate.now(clock).toString()).param("quantity", "12,5").param("unit", "KGM"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Chưa được thu hoạch: thuốc Chế phẩm Bt")))
                .andExpect(content().string(containsString("còn 2 ngày nữa")));
        mvc.perform(post("/trace/diary").with(seller()).with(csrf())
                        .param("kind", "HARVEST").param("plotId", plot.id().toString())
                        .param("date", LocalDate.now(clock).toString()).param("quantity", "nhiều").param("unit", "KGM"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Giá trị không hợp lệ")));
        mvc.perform(post("/trace/diary").with(seller()).with(csrf())
                        .param("kind", "INPUT").param("plotId", plot.id().toString())
                        .param("date", LocalDate.now(clock).plusDays(3).toString()).param("inputType", "PESTICIDE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("không được sau hôm nay")))
                .andExpect(content().string(containsString("Vui lòng điền ô này.")));
        assertThat(diary.logsOfPlot(manager, plot.id())).hasSize(1);
    }

    @Test
    void theImportPageListsTheSchemasFindings() throws Exception {
        byte[] invalid = """
                {"@context":"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld","type":"EPCISDocument",
                 "schemaVersion":"2.0","creationDate":"hôm qua","epcisBody":{"eventList":[]}}"""
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/trace/import").file(new MockMultipartFile("file", "doi-tac.jsonld",
                        "application/ld+json", invalid)).with(TraceTestSupport.as(accounts, "htx-manager")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("không hợp lệ theo lược đồ EPCIS 2.0")))
                .andExpect(content().string(containsString("/creationDate")));
        mvc.perform(multipart("/trace/import").with(TraceTestSupport.as(accounts, "htx-manager")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vui lòng chọn tệp.")));
    }

    @Test
    void aMemberAddsAPhotoToAnObservation() throws Exception {
        CurrentUser manager = TraceTestSupport.user(accounts, "htx-manager");
        var plot = diary.createPlot(manager, new FarmDiary.NewPlot("Đồi ảnh " + UUID.randomUUID(), "Xã Hạnh Lâm",
                500, "Chè búp tươi", Standard.VIETGAP));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2000, 1000,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        mvc.perform(multipart("/trace/diary").file(new MockMultipartFile("photo", "ray-xanh.png", "image/png",
                                png.toByteArray())).with(seller()).with(csrf())
                        .param("kind", "OBSERVATION").param("plotId", plot.id().toString())
                        .param("date", LocalDate.now(clock).toString()).param("notes", "Rầy xanh trên búp non"))
                .andExpect(status().is3xxRedirection());
        DiaryLog log = diary.logsOfPlot(manager, plot.id()).get(0);
        var files = diary.attachments(log.id());
        assertThat(files).singleElement().satisfies(f -> assertThat(f.contentType()).isEqualTo("image/jpeg"));
        byte[] stored = mvc.perform(get("/trace/files/{id}", files.get(0).id()).with(seller()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(1280);
        mvc.perform(get("/trace/files/{id}", files.get(0).id())
                        .with(TraceTestSupport.as(accounts, "buyer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePagesOfALotAPlotAndALogAreValidHtml() throws Exception {
        Lot tea = lots.ofOrganisation(TraceTestSupport.TEA_COOP).stream()
                .filter(l -> l.productName().equals("Chè xanh Thanh Chương") && l.published()).findFirst()
                .orElseThrow();
        Lot harvest = lots.find(lots.inputsOf(tea.id()).get(0).lotId()).orElseThrow();
        DiaryLog spraying = logs.ofLot(harvest.id()).stream().filter(DiaryLog::isPesticide).findFirst().orElseThrow();
        CurrentUser manager = TraceTestSupport.user(accounts, "htx-manager");
        var plot = diary.createPlot(manager, new FarmDiary.NewPlot("Đồi HTML " + UUID.randomUUID(), "Xã Hạnh Lâm",
                500, "Chè búp tươi", Standard.VIETGAP));
        DiaryLog open = diary.record(manager, Entries.activity(plot.id(), LocalDate.now(clock), "Tưới nước")).log();
        List<String> paths = List.of("/trace/lots/" + tea.id(), "/trace/lots/" + harvest.id() + "?lang=en",
                "/trace/plots/" + harvest.plotId(), "/trace/logs/" + spraying.id(), "/trace/logs/" + open.id(),
                "/trace/diary/new?kind=OBSERVATION&corrects=" + spraying.id());
        List<Path> files = new ArrayList<>();
        for (String path : paths) {
            String html = mvc.perform(get(path).with(TraceTestSupport.as(accounts, "htx-manager")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).startsWith("<!DOCTYPE html>");
            files.add(HtmlChecker.write(pages, path, html));
        }
        // ?lang=en is remembered on the account: back to Vietnamese for the tests that follow
        mvc.perform(get("/trace?lang=vi").with(TraceTestSupport.as(accounts, "htx-manager")));
        assertThat(Files.readString(files.get(3))).contains("không thể sửa").doesNotContain("Sửa bản ghi");
        assertThat(Files.readString(files.get(4))).contains("Sửa bản ghi");
        assertThat(HtmlChecker.errors(HtmlChecker.jar(), files)).isEmpty();
    }
}
