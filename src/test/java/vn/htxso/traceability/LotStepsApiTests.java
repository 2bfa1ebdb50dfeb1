package vn.htxso.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.traceability.internal.Lots;

/** Issue 16: the lot's steps after the harvest through the API, and the lot list a page at a time. */
@DemoMvcTest
class LotStepsApiTests {

    static final String PASSWORD = "demo12345";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired FarmDiary diary;
    @Autowired Lots lots;
    @Autowired Clock clock;

    JsonNode postJson(String path, String body, int status) throws Exception {
        String answer = mvc.perform(post(path).with(httpBasic("htx-manager", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(answer);
    }

    @Test
    void aHarvestIsProcessedShippedPackedAndPublishedThroughTheApi() throws Exception {
        var manager = TraceTestSupport.user(accounts, "htx-manager");
        String name = "Đồi API " + UUID.randomUUID().toString().substring(0, 6);
        Plot plot = diary.createPlot(manager, new FarmDiary.NewPlot(name, "Xã Hạnh Lâm", 900, "Chè búp tươi",
                Standard.NONE));
        LocalDate today = LocalDate.now(clock);
        JsonNode harvest = postJson("/api/v1/diary/logs", """
                {"plotId":"%s","kind":"HARVEST","date":"%s","quantity":20,"unit":"KGM","harvestProduct":"Chè búp API"}"""
                .formatted(plot.id(), today), 201);
        Lot fresh = lots.find(UUID.fromString(harvest.get("lotId").asString())).orElseThrow();

        // processing: 10 kg of fresh leaves give 2 kg of dried tea
        JsonNode processed = postJson("/api/v1/lots/processing", """
                {"date":"%s","reason":"Sao khô","inputs":[{"gtin":"%s","lot":"%s","quantity":10}],
                 "outputs":[{"productName":"Chè khô API","quantity":2,"unit":"KGM"}]}"""
                .formatted(today, fresh.gtin(), fresh.lotNumber()), 201);
        JsonNode dried = processed.get("lots").get(0);
        String gtin = dried.get("gtin").asString();
        String lot = dried.get("lot").asString();
        assertThat(dried.get("quantity").asDouble()).isEqualTo(2.0);
        assertThat(lots.find(fresh.id()).orElseThrow().remaining()).isEqualByComparingTo("10");

        JsonNode shipped = postJson("/api/v1/lots/" + gtin + "/" + lot + "/shipments", """
                {"party":"Cửa hàng Vinh","date":"%s","quantity":0.5}""".formatted(today), 201);
        assertThat(shipped.get("remaining").asDouble()).isEqualTo(1.5);

        JsonNode carton = postJson("/api/v1/cartons", """
                {"date":"%s","contents":[{"gtin":"%s","lot":"%s","quantity":1}]}""".formatted(today, gtin, lot), 201);
        assertThat(carton.get("sscc").asString()).matches("\\d{18}");

        JsonNode published = postJson("/api/v1/lots/" + gtin + "/" + lot + "/publication", "", 200);
        assertThat(published.get("publishedAt").isNull()).isFalse();
        mvc.perform(get(published.get("traceUrl").asString())).andExpect(status().isOk());
    }

    @Test
    void theLotListPagesAndOtherCoopsLotsAreNotFound() throws Exception {
        String all = mvc.perform(get("/api/v1/lots").with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isArray())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int count = JSON.readTree(all).size();
        assertThat(count).isGreaterThan(1);
        mvc.perform(get("/api/v1/lots").param("page", "0").param("size", "1").with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.total").value(count));
        mvc.perform(get("/api/v1/lots").param("page", "1").param("size", "1").with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(jsonPath("$.items[0].lot").value(JSON.readTree(all).get(1).get("lot").asString()));
        mvc.perform(get("/api/v1/lots").param("page", "9999").with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(jsonPath("$.items.length()").value(0)).andExpect(jsonPath("$.total").value(count));

        Lot cinnamon = lots.ofOrganisation(TraceTestSupport.CINNAMON_COOP).get(0);
        mvc.perform(post("/api/v1/lots/{g}/{l}/publication", cinnamon.gtin(), cinnamon.lotNumber())
                        .with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/lots/{g}/{l}/shipments", cinnamon.gtin(), cinnamon.lotNumber())
                        .with(httpBasic("buyer", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"party\":\"x\",\"date\":\"2026-01-01\",\"quantity\":1}"))
                .andExpect(status().is4xxClientError());
        assertThat(lots.find(cinnamon.id()).orElseThrow().remaining()).isEqualByComparingTo(cinnamon.remaining());
        mvc.perform(post("/api/v1/lots/processing").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-01-01\",\"inputs\":[],\"outputs\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("inputs", "outputs")));
    }

    @Autowired LotPhotos lotPhotos;
    @Autowired vn.htxso.traceability.internal.DiaryLogs diaryLogs;

    static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theTracePageShowsOnlyTheDiaryPhotosTheCoopChoseOnceTheLotIsPublished() throws Exception {
        var manager = TraceTestSupport.user(accounts, "htx-manager");
        Plot plot = diary.createPlot(manager, new FarmDiary.NewPlot("Đồi ảnh " + UUID.randomUUID().toString()
                .substring(0, 6), "Xã Hạnh Lâm", 500, "Chè búp tươi", Standard.NONE));
        LocalDate today = LocalDate.now(clock);
        for (String activity : new String[] {"Hái chè sáng sớm", "Phơi héo"}) {
            diary.record(manager, new LogEntry(plot.id(), LogKind.ACTIVITY, today, activity, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null,
                    new LogEntry.Photo(activity + ".png", "image/png", png())));
        }
        FarmDiary.Recorded harvest = diary.record(manager, new LogEntry(plot.id(), LogKind.HARVEST, today, null,
                null, null, null, null, null, new java.math.BigDecimal("5"), Unit.KGM, null, null, null, null,
                "Chè ảnh", null, null, null));
        var choices = lotPhotos.choices(manager, harvest.lotId());
        assertThat(choices).hasSize(2).noneMatch(LotPhotos.Choice::chosen);
        UUID shown = choices.get(0).photo().id();
        UUID hidden = choices.get(1).photo().id();

        mvc.perform(post("/trace/lots/{id}/photos", harvest.lotId()).param("photo", shown.toString())
                        .with(TraceTestSupport.as(accounts, "htx-manager"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(lotPhotos.choices(manager, harvest.lotId())).filteredOn(LotPhotos.Choice::chosen)
                .extracting(c -> c.photo().id()).containsExactly(shown);
        Lot lot = lots.find(harvest.lotId()).orElseThrow();
        String photoPath = "/01/" + lot.gtin() + "/10/" + lot.lotNumber() + "/photos/";
        mvc.perform(get(photoPath + shown)).andExpect(status().isNotFound());  // not published yet

        // a photo of another lot's diary cannot be chosen
        mvc.perform(post("/trace/lots/{id}/photos", harvest.lotId()).param("photo", UUID.randomUUID().toString())
                        .with(TraceTestSupport.as(accounts, "htx-manager"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isUnprocessableContent());

        postJson("/api/v1/lots/" + lot.gtin() + "/" + lot.lotNumber() + "/publication", "", 200);
        mvc.perform(get(photoPath + shown)).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get(photoPath + hidden)).andExpect(status().isNotFound());
        String page = mvc.perform(get("/01/" + lot.gtin() + "/10/" + lot.lotNumber()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(photoPath + shown).doesNotContain(photoPath + hidden);
    }
}
