package vn.htxso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.htxso.learning.internal.CheckInCodes;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;

/** The learning endpoints of API.md: shapes, the door code, check-ins with bad input, certificates, scope. */
@DemoMvcTest
class LearningApiTests {

    static final String PASSWORD = "demo12345";
    static final String LAO_CAI_DAY = "e1000000-0000-4000-8000-000000000002";
    static final String CONFERENCE = "e1000000-0000-4000-8000-000000000001";
    static final String TEA_COOP = "a0000000-0000-4000-8000-000000000001";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    TrainingCalendar calendar;
    @Autowired
    CheckInCodes codes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrainingFigures trainingFigures;
    @Autowired
    Clock clock;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theCatalogueIsPublicAndFiltersByDimension() throws Exception {
        mvc.perform(get("/api/v1/courses")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items[*].title", hasItem("Dữ liệu và an toàn thông tin cho HTX")));
        mvc.perform(get("/api/v1/courses").param("dimension", "MARKET")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title", hasItem("Bán hàng trên sàn thương mại điện tử và Zalo OA")))
                .andExpect(jsonPath("$.items[*].title", not(hasItem("Dữ liệu và an toàn thông tin cho HTX"))))
                .andExpect(jsonPath("$.items[0].dimensions").isArray())
                .andExpect(jsonPath("$.items[0].format").isString());
        mvc.perform(get("/api/v1/courses").param("province", "40")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title",
                        not(hasItem("Sổ sách kế toán số và hoá đơn điện tử cho HTX"))));
    }

    @Test
    void eventsArePublicUpcomingFirst() throws Exception {
        // the largest page: other test classes add events of their own, which come first (upcoming)
        JsonNode page = read(mvc.perform(get("/api/v1/events").param("size", "100")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode first = page.path("items").get(0);
        for (String field : new String[] {"id", "title", "provinceCode", "communeName", "startsAt", "endsAt",
                "capacity", "registered"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        int laoCai = -1;
        int conference = -1;
        for (int i = 0; i < page.path("items").size(); i++) {
            String id = page.path("items").get(i).path("id").asString();
            laoCai = id.equals(LAO_CAI_DAY) ? i : laoCai;
            conference = id.equals(CONFERENCE) ? i : conference;
        }
        assertThat(laoCai).isLessThan(conference).isNotNegative();
        mvc.perform(get("/api/v1/events").param("province", "40").param("from", "2026-01-01"))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(CONFERENCE))))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(LAO_CAI_DAY))));
        mvc.perform(get("/api/v1/events").param("from", "13/10/2025"))
                .andExpect(status().isBadRequest()).andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void onlyTheOrganiserSeesTheDoorCode() throws Exception {
        mvc.perform(get("/api/v1/events/{id}/check-in-code", LAO_CAI_DAY).with(httpBasic("laocai", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.matchesPattern("\\d{6}")))
                .andExpect(jsonPath("$.validUntil").isString())
                .andExpect(jsonPath("$.periodSeconds").value(30));
        mvc.perform(get("/api/v1/events/{id}/check-in-code", LAO_CAI_DAY).with(httpBasic("nghean", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events/{id}/check-in-code", LAO_CAI_DAY).with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events/{id}/check-in-code", LAO_CAI_DAY)).andExpect(status().isUnauthorized());
    }

    @Test
    void aCheckInIsCreatedOnceThenAnsweredWithTheFirstRecord() throws Exception {
        EventId event = newEvent(10);
        String code = currentCode(event);
        String first = mvc.perform(checkIn(event, code, "buyer")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.eventId").value(event.toString()))
                .andReturn().getResponse().getContentAsString();
        String again = mvc.perform(checkIn(event, code, "buyer")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(read(again).path("checkedInAt").asString()).isEqualTo(read(first).path("checkedInAt").asString());
        assertThat(calendar.event(event).attended()).isEqualTo(1);
        assertThat(statements(event, "ATTENDED")).isEqualTo(1);
    }

    @Test
    void madeUpExpiredOrMissingCodesAre400AndStoreNothing() throws Exception {
        EventId event = newEvent(10);
        String real = currentCode(event);
        String madeUp = String.format("%06d", (Integer.parseInt(real) + 1) % 1_000_000);
        String expired = codes.current(event.value(), 1, clock.instant().minusSeconds(91)).code();
        for (String bad : new String[] {madeUp, "abcdef", "1234567"}) {
            mvc.perform(checkIn(event, bad, "buyer")).andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("code"));
        }
        if (!expired.equals(real) && !expired.equals(codes.current(event.value(), 1,
                clock.instant().minusSeconds(30)).code())) {
            mvc.perform(checkIn(event, expired, "buyer")).andExpect(status().isBadRequest());
        }
        mvc.perform(post("/api/v1/events/{id}/check-ins", event.toString()).with(httpBasic("buyer", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(post("/api/v1/events/{id}/check-ins", event.toString()).with(httpBasic("buyer", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/events/{id}/check-ins", UUID.randomUUID().toString())
                        .with(httpBasic("buyer", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + real + "\"}"))
                .andExpect(status().isNotFound());
        assertThat(calendar.event(event).attended()).isZero();
        assertThat(calendar.event(event).registered()).as("no registration left behind").isZero();
        assertThat(statements(event, null)).isZero();
    }

    @Test
    void aFullOrFinishedEventIs409() throws Exception {
        EventId event = newEvent(1);
        String code = currentCode(event);
        mvc.perform(checkIn(event, code, "buyer")).andExpect(status().isCreated());
        mvc.perform(checkIn(event, code, "seller")).andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("đủ 1 người")));
        assertThat(calendar.event(event).attended()).isEqualTo(1);
        mvc.perform(checkIn(new EventId(UUID.fromString(CONFERENCE)), "123456", "buyer"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("đã kết thúc")));
    }

    @Test
    void certificatesVerifyWithAMaskedHolderAndRevokedOnesSaySo() throws Exception {
        mvc.perform(get("/api/v1/certificates/{code}", "HTX7K2M9PQ")).andExpect(status().isOk())
                .andExpect(jsonPath("$.holder").value("Nguyễn V. H."))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.issuedOn").value("2025-10-13"))
                .andExpect(jsonPath("$.issuer").value("Liên minh HTX tỉnh Nghệ An"));
        mvc.perform(get("/api/v1/certificates/{code}", "htx4r8tw3z")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedOn").value("2025-11-03"));
        mvc.perform(get("/api/v1/certificates/{code}", "KHONGCOMA23")).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/certificates/{code}", "ZZZZZZZZZZ")).andExpect(status().isNotFound());
        String page = mvc.perform(get("/verify/{code}", "HTX4R8TW3Z")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Lô T. M.").contains("đã bị thu hồi ngày 03/11/2025").doesNotContain("Lô Thị Mai");
        mvc.perform(get("/verify/{code}", "ZZZZZZZZZZ")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/certificates").with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("HTX7K2M9PQ")));
        mvc.perform(get("/api/v1/me/certificates").with(httpBasic("buyer", PASSWORD)))
                .andExpect(jsonPath("$[*].code", not(hasItem("HTX7K2M9PQ"))));
        mvc.perform(get("/api/v1/me/certificates")).andExpect(status().isUnauthorized());
    }

    @Test
    void recommendedCoursesFollowTheCoopsScope() throws Exception {
        String body = mvc.perform(get("/api/v1/cooperatives/{id}/recommended-courses", TEA_COOP)
                        .with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode list = read(body);
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isPositive();
        for (JsonNode r : list) {
            assertThat(r.has("courseId") && r.has("title") && r.has("dimension") && r.has("level")
                    && r.has("reason")).isTrue();
        }
        mvc.perform(get("/api/v1/cooperatives/{id}/recommended-courses", TEA_COOP).with(httpBasic("nghean", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cooperatives/{id}/recommended-courses", TEA_COOP).with(httpBasic("laocai", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cooperatives/{id}/recommended-courses", TEA_COOP).with(httpBasic("buyer", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cooperatives/{id}/recommended-courses", TEA_COOP)).andExpect(status().isUnauthorized());
    }

    @Test
    void anotherProvinceSeesNeitherTheAttendeesNorTheRecords() throws Exception {
        mvc.perform(get("/api/v1/events/{id}/statements", LAO_CAI_DAY).with(httpBasic("nghean", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/{id}/statements", LAO_CAI_DAY).with(httpBasic("laocai", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].verb.id")
                        .value("http://adlnet.gov/expapi/verbs/registered"));
        CurrentUser nghean = user("nghean");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> calendar.attendees(nghean,
                new EventId(UUID.fromString(LAO_CAI_DAY)))).isInstanceOf(vn.htxso.platform.NotFound.class);
    }

    @Test
    void anEmptyOrMislabelledFileIs400AndNothingIsStored() throws Exception {
        String title = "Sổ tay " + UUID.randomUUID();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        byte[] text = "Đây không phải PDF mà là chữ thường".getBytes(StandardCharsets.UTF_8);
        Object[][] bad = {
                {new MockMultipartFile("file", "so-tay.pdf", "application/pdf", new byte[0]), "0 byte"},
                {new MockMultipartFile("file", "so-tay.pdf", "application/pdf", text), "không khớp|Chỉ nhận"},
                {new MockMultipartFile("file", "so-tay.mp4", "video/mp4", pdf), "không khớp"},
                {new MockMultipartFile("file", "so-tay.pdf", "image/png", pdf), "không khớp"}};
        for (Object[] b : bad) {
            mvc.perform(multipart("/api/v1/materials").file((MockMultipartFile) b[0]).param("title", title)
                            .param("licence", "CC BY 4.0").with(httpBasic("nghean", PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("file"))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.matchesPattern(
                            ".*(" + b[1] + ").*")));
        }
        mvc.perform(multipart("/api/v1/materials").file(new MockMultipartFile("file", "so-tay.pdf",
                        "application/pdf", pdf)).param("title", title).param("licence", "CC BY 4.0")
                        .with(httpBasic("buyer", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from learning_materials where title = ?").param(title)
                .query(Integer.class).single()).isZero();
        mvc.perform(multipart("/api/v1/materials").file(new MockMultipartFile("file", "so-tay.pdf",
                        "application/pdf", pdf)).param("title", title).param("licence", "CC BY 4.0")
                        .param("language", "HMONG").with(httpBasic("nghean", PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.sizeBytes").value(pdf.length))
                .andExpect(jsonPath("$.wifiOnly").value(false));
        mvc.perform(get("/api/v1/materials")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title", hasItem(title)));
    }

    @Test
    void trainingFiguresCountMembersTrainedAndValidCertificatesPerOrganisation() {
        UUID tea = UUID.fromString(TEA_COOP);
        UUID nobody = UUID.randomUUID();
        var figures = trainingFigures.byOrganisation(java.util.List.of(tea, nobody),
                java.time.LocalDate.of(2025, 10, 1), java.time.LocalDate.of(2025, 10, 31));
        // the demo conference: every third delegate is from the tea co-op, 187 of 200 attended; one valid certificate
        assertThat(figures.get(tea)).isEqualTo(new OrganisationTraining(63, 1));
        assertThat(figures).doesNotContainKey(nobody);
        assertThat(trainingFigures.byOrganisation(java.util.List.of(tea), java.time.LocalDate.of(2025, 11, 1),
                java.time.LocalDate.of(2025, 11, 30))).isEmpty();
    }

    private org.springframework.test.web.servlet.RequestBuilder checkIn(EventId event, String code, String who) {
        return post("/api/v1/events/{id}/check-ins", event.toString()).with(httpBasic(who, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}");
    }

    private EventId newEvent(int capacity) {
        CurrentUser organiser = user("nghean");
        Instant now = clock.instant();
        return calendar.create(organiser, new NewEvent("Tập huấn thử " + UUID.randomUUID(), EventKind.TRAINING_DAY,
                null, "40", "Xã Hạnh Lâm", null, now.minusSeconds(600), now.plusSeconds(7200), capacity, 1, 1));
    }

    private String currentCode(EventId event) throws Exception {
        String body = mvc.perform(get("/api/v1/events/{id}/check-in-code", event.toString())
                .with(httpBasic("nghean", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return read(body).path("code").asString();
    }

    private int statements(EventId event, String verb) {
        return jdbc.sql("select count(*) from learning_statements where event_id = ?"
                        + (verb == null ? "" : " and verb = '" + verb + "'"))
                .param(event.value()).query(Integer.class).single();
    }

    private CurrentUser user(String username) {
        return accounts.byUsername(username).orElseThrow().toCurrentUser();
    }

    private JsonNode read(String body) throws Exception {
        return json.readTree(body);
    }
}
