package vn.htxso.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

import vn.htxso.platform.QrImages;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.traceability.internal.DiaryLogs;
import vn.htxso.traceability.internal.Lots;
import vn.htxso.traceability.internal.Plots;

/** The public Digital Link, the API's scope and errors, published history, EPCIS import, QR codes. */
@DemoMvcTest
class TraceabilityWebTests {

    static final String PASSWORD = "demo12345";
    static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    FarmDiary diary;
    @Autowired
    Traceability traceability;
    @Autowired
    Lots lots;
    @Autowired
    Plots plots;
    @Autowired
    DiaryLogs logs;
    @Autowired
    DigitalLinks links;
    @Autowired
    Clock clock;

    private Lot demoTea() {
        return lots.ofOrganisation(TraceTestSupport.TEA_COOP).stream()
                .filter(l -> l.productName().equals("Chè xanh Thanh Chương") && l.published()).findFirst()
                .orElseThrow();
    }

    @Test
    void theDigitalLinkIsAPublicTracePageAndWithLdJsonTheEpcisDocument() throws Exception {
        Lot tea = demoTea();
        String path = DigitalLinks.path(tea.gtin(), tea.lotNumber());
        mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Chè xanh Thanh Chương")))
                .andExpect(content().string(containsString("HTX Chè Thanh Chương")))
                .andExpect(content().string(containsString("Xã Hạnh Lâm, Nghệ An")))
                .andExpect(content().string(containsString("Đồi chè Khe Mây")))
                .andExpect(content().string(containsString("Abamectin 3.6EC")))
                .andExpect(content().string(containsString("cách ly 7 ngày")))
                .andExpect(content().string(containsString("Kiểm nghiệm")))
                .andExpect(content().string(containsString("Công ty CP Thực phẩm Hà Nội Xanh")))
                .andExpect(content().string(not(containsString("Lô Thị Mai"))))
                .andExpect(content().string(not(containsString("0912345002"))));
        mvc.perform(get(path).param("lang", "en").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The lot&#39;s path")))
                .andExpect(content().string(containsString("Pesticide")));
        String doc = mvc.perform(get(path).accept(LD_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(LD_JSON))
                .andExpect(jsonPath("$.type").value("EPCISDocument"))
                .andExpect(jsonPath("$.epcisBody.eventList[*].type", hasItem("TransformationEvent")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(TraceTestSupport.schemaErrors(doc)).isEmpty();
        mvc.perform(get("/api/v1/lots/{gtin}/{lot}/events", tea.gtin(), tea.lotNumber()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['@context'][0]").value(
                        "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"));
    }

    @Test
    void theCinnamonLotNamesItsMembersBecauseItsCoopChoseToAndShowsItsLabTest() throws Exception {
        Lot cinnamon = lots.ofOrganisation(TraceTestSupport.CINNAMON_COOP).stream()
                .filter(l -> l.productName().equals("Quế Văn Yên")).findFirst().orElseThrow();
        mvc.perform(get(DigitalLinks.path(cinnamon.gtin(), cinnamon.lotNumber())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HTX Quế Hồi Văn Yên")))
                .andExpect(content().string(containsString("Hữu cơ")))
                .andExpect(content().string(containsString("Trung tâm Kiểm nghiệm Lào Cai")))
                .andExpect(content().string(containsString("Triệu Văn Sơn")));
    }

    @Test
    void anUnknownLotABadCheckDigitOrAnUnpublishedLotIsNotFound() throws Exception {
        Lot tea = demoTea();
        String badCheck = tea.gtin().substring(0, 13) + ((tea.gtin().charAt(13) - '0' + 1) % 10);
        mvc.perform(get(DigitalLinks.path(badCheck, tea.lotNumber())).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")));
        mvc.perform(get(DigitalLinks.path(tea.gtin(), "no-such-lot")).accept(LD_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/lots/{gtin}/{lot}/events", badCheck, tea.lotNumber()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        CurrentUser manager = TraceTestSupport.user(accounts, "htx-manager");
        var plot = diary.createPlot(manager, new FarmDiary.NewPlot("Đồi nháp " + UUID.randomUUID(), "Xã Hạnh Lâm",
                300, "Chè búp tươi", Standard.VIETGAP));
        Lot draft = traceability.ownLot(manager,
                diary.record(manager, Entries.harvest(plot.id(), LocalDate.now(clock), "10")).lotId());
        mvc.perform(get(DigitalLinks.path(draft.gtin(), draft.lotNumber()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/lots/{gtin}/{lot}/events", draft.gtin(), draft.lotNumber()))
                .andExpect(status().isNotFound());
        mvc.perform(get(DigitalLinks.path(draft.gtin(), draft.lotNumber())).with(TraceTestSupport.as(accounts, "seller")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bản xem trước")));
    }

    @Test
    void onlyTheCoopsOwnPeopleWriteItsDiaryAndSeeItsLots() throws Exception {
        UUID laoCaiPlot = plots.ofOrganisation(TraceTestSupport.CINNAMON_COOP).get(0).id();
        String body = """
                {"plotId":"%s","kind":"ACTIVITY","date":"%s","activity":"Tỉa cành"}"""
                .formatted(laoCaiPlot, LocalDate.now(clock));
        mvc.perform(post("/api/v1/diary/logs").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(diary.logsOfPlot(cinnamonManager(), laoCaiPlot)).noneMatch(l -> "Tỉa cành".equals(l.activity()));
        mvc.perform(post("/api/v1/diary/logs").with(httpBasic("buyer", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/trace/plots/{id}", laoCaiPlot).with(TraceTestSupport.as(accounts, "htx-manager")))
                .andExpect(status().isNotFound());
        Lot cinnamon = lots.ofOrganisation(TraceTestSupport.CINNAMON_COOP).get(0);
        mvc.perform(get("/trace/lots/{id}", cinnamon.id()).with(TraceTestSupport.as(accounts, "htx-manager")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/trace/lots/{id}/labels.pdf", cinnamon.id()).with(TraceTestSupport.as(accounts, "seller")))
                .andExpect(status().isNotFound());
        for (String managersOnly : new String[] {"/trace/processing/new", "/trace/packing/new", "/trace/import",
            "/trace/settings", "/trace/plots/new"}) {
            mvc.perform(get(managersOnly).with(TraceTestSupport.as(accounts, "seller")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/lots")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/lots").with(httpBasic("buyer", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/lots").with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].productName", hasItem("Chè xanh Thanh Chương")))
                .andExpect(jsonPath("$[*].productName", not(hasItem("Quế Văn Yên"))))
                .andExpect(jsonPath("$[0].gtin").exists()).andExpect(jsonPath("$[0].lot").exists())
                .andExpect(jsonPath("$[0].harvestedOn").exists());
        String first = mvc.perform(get("/api/v1/lots").with(httpBasic("htx-manager", PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var row = tools.jackson.databind.json.JsonMapper.builder().build().readTree(first).get(0);
        mvc.perform(get("/api/v1/lots/{gtin}/{lot}/events", row.get("gtin").asString(), row.get("lot").asString()))
                .andExpect(status().isOk());
    }

    @Test
    void aLogOfAPublishedLotCannotBeRewrittenButCanBeCorrected() throws Exception {
        Lot tea = demoTea();
        Lot harvest = lots.find(lots.inputsOf(tea.id()).get(0).lotId()).orElseThrow();
        DiaryLog spraying = logs.ofLot(harvest.id()).stream().filter(DiaryLog::isPesticide).findFirst().orElseThrow();
        String body = """
                {"plotId":"%s","kind":"INPUT","date":"%s","inputType":"PESTICIDE","product":"Khác","activeIngredient":"x",
                 "dose":"1 l/ha","phiDays":1}""".formatted(spraying.plotId(), spraying.logDate());
        mvc.perform(put("/api/v1/diary/logs/{id}", spraying.id()).with(httpBasic("seller", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("đã công bố")));
        mvc.perform(post("/trace/logs/{id}", spraying.id()).with(TraceTestSupport.as(accounts, "seller")).with(csrf())
                        .param("kind", "INPUT").param("date", spraying.logDate().toString())
                        .param("inputType", "PESTICIDE").param("product", "Khác").param("activeIngredient", "x")
                        .param("dose", "1 l/ha").param("phiDays", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("không thể sửa")));
        assertThat(logs.find(spraying.id()).orElseThrow().product()).isEqualTo("Abamectin 3.6EC");

        String correction = """
                {"plotId":"%s","kind":"OBSERVATION","date":"%s","notes":"Liều thực tế 0,25 lít/ha","correctsLogId":"%s"}"""
                .formatted(spraying.plotId(), LocalDate.now(clock), spraying.id());
        mvc.perform(post("/api/v1/diary/logs").with(httpBasic("seller", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(correction))
                .andExpect(status().isCreated());
        mvc.perform(get(DigitalLinks.path(tea.gtin(), tea.lotNumber())))
                .andExpect(content().string(containsString("Liều thực tế 0,25 lít/ha")));
    }

    @Test
    void anInvalidEpcisImportIsRefusedWithTheSchemasFindingsAndAValidOneJoinsTheLotsPath() throws Exception {
        String invalid = """
                {"@context":"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld","type":"EPCISDocument",
                 "schemaVersion":"2.0","creationDate":"2026-11-20T10:00:00+07:00",
                 "epcisBody":{"eventList":[{"type":"ObjectEvent","action":"OBSERVE","bizStep":"receiving",
                   "quantityList":[{"epcClass":"urn:epc:class:lgtin:8938501.000002.x","quantity":1,"uom":"kilo"}]}]}}""";
        mvc.perform(post("/api/v1/epcis/documents").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(LD_JSON).content(invalid))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("/epcisBody/eventList/0/quantityList/0/uom")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("eventTime"))));
        mvc.perform(post("/api/v1/epcis/documents").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(LD_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("document"));

        CurrentUser manager = TraceTestSupport.user(accounts, "htx-manager");
        var plot = diary.createPlot(manager, new FarmDiary.NewPlot("Đồi nhập " + UUID.randomUUID(), "Xã Hạnh Lâm",
                300, "Chè búp tươi", Standard.VIETGAP));
        Lot lot = traceability.ownLot(manager,
                diary.record(manager, Entries.harvest(plot.id(), LocalDate.now(clock).minusDays(2), "30")).lotId());
        String eventId = "urn:uuid:" + UUID.randomUUID();
        String valid = """
                {"@context":"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld","type":"EPCISDocument",
                 "schemaVersion":"2.0","creationDate":"2026-11-20T10:00:00+07:00",
                 "epcisBody":{"eventList":[{"type":"ObjectEvent","eventTime":"%s","eventTimeZoneOffset":"+07:00",
                   "eventID":"%s","action":"OBSERVE","bizStep":"receiving","disposition":"in_progress",
                   "readPoint":{"id":"urn:epc:id:sgln:8930000.00001.0"},
                   "quantityList":[{"epcClass":"https://id.example.vn%s","quantity":30,"uom":"KGM"}]},
                  {"type":"ObjectEvent","eventTime":"2026-11-20T10:00:00+07:00","eventTimeZoneOffset":"+07:00",
                   "action":"OBSERVE","quantityList":[{"epcClass":"urn:epc:class:lgtin:0614141.012345.x","quantity":1}]}]}}"""
                .formatted(LocalDate.now(clock) + "T09:00:00+07:00", eventId,
                        DigitalLinks.path(lot.gtin(), lot.lotNumber()));
        mvc.perform(post("/api/v1/epcis/documents").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(LD_JSON).content(valid))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.unmatched").value(1));
        mvc.perform(post("/api/v1/epcis/documents").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(LD_JSON).content(valid))
                .andExpect(jsonPath("$.imported").value(0)).andExpect(jsonPath("$.duplicates").value(1));
        String doc = mvc.perform(get("/api/v1/lots/{gtin}/{lot}/events", lot.gtin(), lot.lotNumber())
                        .with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(jsonPath("$.epcisBody.eventList[1].bizStep").value("receiving"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(TraceTestSupport.schemaErrors(doc)).isEmpty();
    }

    @Test
    void theQrCodeEncodesTheDigitalLinkOnThePublicHostAndLabelsArePrintable() throws Exception {
        Lot tea = demoTea();
        byte[] png = mvc.perform(get("/trace/lots/{id}/qr.png", tea.id()).with(TraceTestSupport.as(accounts, "seller")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        String decoded = QrImages.text(png);
        assertThat(decoded).isEqualTo(links.lot(tea.gtin(), tea.lotNumber()))
                .startsWith("http://localhost:8080/01/" + tea.gtin() + "/10/");
        byte[] pdf = mvc.perform(get("/trace/lots/{id}/labels.pdf", tea.id()).param("count", "6")
                        .with(TraceTestSupport.as(accounts, "htx-manager")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
    }

    @Test
    void aCartonsDigitalLinkLeadsToTheLotItHolds() throws Exception {
        Lot tea = demoTea();
        String sscc = lots.cartonsOf(tea.id()).get(0);
        assertThat(vn.htxso.traceability.internal.Gs1.hasValidCheckDigit(sscc)).isTrue();
        mvc.perform(get("/00/{sscc}", sscc))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        DigitalLinks.path(tea.gtin(), tea.lotNumber())));
        mvc.perform(get("/00/{sscc}", "000000000000000000")).andExpect(status().isNotFound());
    }

    private CurrentUser cinnamonManager() {
        return new CurrentUser(UUID.randomUUID(), "x", "x", java.util.Set.of(vn.htxso.platform.Role.COOP_MANAGER),
                "15", TraceTestSupport.CINNAMON_COOP, null);
    }
}
