package vn.htxso.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;

/**
 * A season from diary to shipment, through the services, with the EPCIS document of each stage checked against the
 * EPCIS 2.0 JSON schema; the pre-harvest interval and the quantity balance as the services enforce them.
 */
@DemoMvcTest
class TraceabilityScenarioTests {

    static final String PASSWORD = "demo12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    FarmDiary diary;
    @Autowired
    Traceability traceability;
    @Autowired
    LotSteps steps;

    @Autowired
    LotMovements movements;
    @Autowired
    Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyStageOfALotIsAValidEpcisDocumentWithItsWholeUpstreamPath() throws Exception {
        CurrentUser manager = TraceTestSupport.user(accounts, "htx-manager");
        CurrentUser seller = TraceTestSupport.user(accounts, "seller");
        LocalDate today = LocalDate.now(clock);
        var plot = diary.createPlot(manager, new FarmDiary.NewPlot("Đồi EPCIS " + UUID.randomUUID(), "Xã Hạnh Lâm",
                1200, "Chè búp tươi", Standard.VIETGAP));
        diary.record(seller, Entries.pesticide(plot.id(), today.minusDays(20), "Abamectin 3.6EC", 7));
        UUID fresh = diary.record(seller, Entries.harvest(plot.id(), today.minusDays(5), "200")).lotId();
        Lot harvested = traceability.ownLot(manager, fresh);

        JsonNode harvestOnly = document(harvested, 1);
        JsonNode event = harvestOnly.path("epcisBody").path("eventList").get(0);
        assertThat(event.path("type").asString()).isEqualTo("ObjectEvent");
        assertThat(event.path("action").asString()).isEqualTo("ADD");
        assertThat(event.path("bizStep").asString()).isEqualTo("commissioning");
        assertThat(event.path("eventTimeZoneOffset").asString()).isEqualTo("+07:00");
        assertThat(event.path("eventTime").asString()).endsWith("+07:00");
        assertThat(event.path("readPoint").path("id").asString()).startsWith("urn:epc:id:sgln:");
        assertThat(event.path("quantityList").get(0).path("epcClass").asString())
                .endsWith("/01/" + harvested.gtin() + "/10/" + harvested.lotNumber());
        assertThat(event.path("quantityList").get(0).path("uom").asString()).isEqualTo("KGM");

        UUID driedId = steps.process(manager, new LotSteps.ProcessingStep(today.minusDays(4),
                List.of(new LotSteps.Take(fresh, new BigDecimal("200"))),
                List.of(new LotSteps.Output("Chè xanh sấy " + UUID.randomUUID(), new BigDecimal("45"), Unit.KGM)),
                null)).get(0);
        Lot dried = traceability.ownLot(manager, driedId);
        JsonNode processed = document(dried, 2);
        assertThat(types(processed)).containsExactly("ObjectEvent", "TransformationEvent");

        String sscc = steps.pack(manager, today.minusDays(3),
                List.of(new LotSteps.Take(driedId, new BigDecimal("40"))));
        JsonNode packed = document(dried, 3);
        JsonNode aggregation = packed.path("epcisBody").path("eventList").get(2);
        assertThat(aggregation.path("type").asString()).isEqualTo("AggregationEvent");
        assertThat(aggregation.path("parentID").asString()).endsWith("/00/" + sscc);

        movements.ship(manager, driedId, "Công ty Chè Hà Nội", today.minusDays(2), new BigDecimal("40"));
        JsonNode shipped = document(dried, 4);
        JsonNode shipping = shipped.path("epcisBody").path("eventList").get(3);
        assertThat(shipping.path("bizStep").asString()).isEqualTo("shipping");
        assertThat(shipping.path("htx:destinationName").asString()).isEqualTo("Công ty Chè Hà Nội");

        assertThat(traceability.ownLot(manager, fresh).remaining()).isEqualByComparingTo("0");
        assertThat(traceability.lotRows(manager)).anySatisfy(row -> {
            assertThat(row.gtin()).isEqualTo(dried.gtin());
            assertThat(row.lot()).isEqualTo(dried.lotNumber());
            assertThat(row.harvestedOn()).isEqualTo(today.minusDays(5));
        });
    }

    @Test
    void aHarvestTooSoonAfterAPesticideIsRefusedOnVietGapAndFlaggedWithoutAStandard() {
        CurrentUser manager = TraceTestSupport.user(accounts, "htx-manager");
        CurrentUser seller = TraceTestSupport.user(accounts, "seller");
        LocalDate today = LocalDate.now(clock);
        var vietgap = diary.createPlot(manager, new FarmDiary.NewPlot("Đồi PHI " + UUID.randomUUID(), "Xã Hạnh Lâm",
                800, "Chè búp tươi", Standard.VIETGAP));
        diary.record(seller, Entries.pesticide(vietgap.id(), today.minusDays(3), "Cypermethrin 10EC", 14));
        assertThatThrownBy(() -> diary.record(seller, Entries.harvest(vietgap.id(), today, "50")))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("traceability.phi.blocked");
                    assertThat(v.arguments()).containsSubsequence("Cypermethrin 10EC",
                            FarmDiary.DAY.format(today.minusDays(3)), 14, 11L);
                });
        assertThat(diary.logsOfPlot(seller, vietgap.id())).noneMatch(l -> l.kind() == LogKind.HARVEST);

        var none = diary.createPlot(manager, new FarmDiary.NewPlot("Vườn PHI " + UUID.randomUUID(), "Xã Hạnh Lâm",
                800, "Chè búp tươi", Standard.NONE));
        diary.record(seller, Entries.pesticide(none.id(), today.minusDays(3), "Cypermethrin 10EC", 14));
        FarmDiary.Recorded flagged = diary.record(seller, Entries.harvest(none.id(), today, "50"));
        assertThat(flagged.phiFlagged()).isTrue();
        assertThat(traceability.ownLot(manager, flagged.lotId()).phiWarning()).startsWith("Cypermethrin 10EC;");
    }

    @Test
    void noQuantityAppearsFromNowhere() {
        CurrentUser manager = TraceTestSupport.user(accounts, "htx-manager");
        LocalDate today = LocalDate.now(clock);
        var plot = diary.createPlot(manager, new FarmDiary.NewPlot("Đồi cân " + UUID.randomUUID(), "Xã Hạnh Lâm",
                800, "Chè búp tươi", Standard.VIETGAP));
        UUID lot = diary.record(manager, Entries.harvest(plot.id(), today.minusDays(1), "100")).lotId();
        List<LotSteps.Take> all = List.of(new LotSteps.Take(lot, new BigDecimal("100")));
        List<LotSteps.Output> heavier = List.of(new LotSteps.Output("Chè ướp " + UUID.randomUUID(),
                new BigDecimal("120"), Unit.KGM));
        assertThatThrownBy(() -> steps.process(manager, new LotSteps.ProcessingStep(today, all, heavier,
                " "))).isInstanceOfSatisfying(BusinessRuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("traceability.balance.gain"));
        assertThatThrownBy(() -> steps.process(manager, new LotSteps.ProcessingStep(today,
                List.of(new LotSteps.Take(lot, new BigDecimal("101"))),
                List.of(new LotSteps.Output("Chè khô " + UUID.randomUUID(), new BigDecimal("20"), Unit.KGM)),
                null))).isInstanceOf(BusinessRuleViolation.class);
        assertThat(traceability.ownLot(manager, lot).remaining()).as("nothing taken by refused steps")
                .isEqualByComparingTo("100");

        List<UUID> made = steps.process(manager, new LotSteps.ProcessingStep(today, all, heavier,
                "Ướp thêm 20 kg hoa nhài"));
        assertThat(traceability.ownLot(manager, made.get(0)).stepReason()).isEqualTo("Ướp thêm 20 kg hoa nhài");
        assertThat(traceability.ownLot(manager, lot).remaining()).isEqualByComparingTo("0");
    }

    private JsonNode document(Lot lot, int events) throws Exception {
        String body = mvc.perform(get("/api/v1/lots/{gtin}/{lot}/events", lot.gtin(), lot.lotNumber())
                        .with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(TraceTestSupport.schemaErrors(body)).isEmpty();
        JsonNode doc = json.readTree(body);
        assertThat(doc.path("type").asString()).isEqualTo("EPCISDocument");
        assertThat(doc.path("schemaVersion").asString()).isEqualTo("2.0");
        assertThat(doc.path("@context").get(0).asString())
                .isEqualTo("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
        assertThat(doc.path("epcisBody").path("eventList").size()).isEqualTo(events);
        return doc;
    }

    private static List<String> types(JsonNode doc) {
        return doc.path("epcisBody").path("eventList").valueStream().map(e -> e.path("type").asString()).toList();
    }
}
