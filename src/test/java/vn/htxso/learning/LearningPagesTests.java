package vn.htxso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** The learning pages: public ones without personal data, the organiser's page by scope, forms with bad input. */
@DemoMvcTest
class LearningPagesTests {

    static final String DATA_COURSE = "c1000000-0000-4000-8000-000000000001";
    static final String LAO_CAI_DAY = "e1000000-0000-4000-8000-000000000002";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void publicPagesOpenWithoutSigningIn() throws Exception {
        assertThat(page(get("/learning"), 200)).contains("Tập huấn và truyền thông")
                .contains("Dữ liệu và an toàn thông tin cho HTX");
        assertThat(page(get("/learning/courses/" + DATA_COURSE), 200)).contains("46,0 MB").contains("chỉ tải qua Wi-Fi")
                .contains("3,2 MB").contains("Tiếng Thái");
        String event = page(get("/learning/events/" + LAO_CAI_DAY), 200);
        assertThat(event).contains("Xã Văn Yên").doesNotContain("DM"); // no personal codes of others
        assertThat(page(get("/verify/HTX7K2M9PQ"), 200)).contains("Nguyễn V. H.").doesNotContain("Nguyễn Văn Hùng");
        mvc.perform(get("/learning/sw.js")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("htxso-learning")));
    }

    @Test
    void onlyTheOrganiserOpensTheDoorPage() throws Exception {
        String door = page(get("/learning/events/" + LAO_CAI_DAY + "/organise").with(as("laocai")), 200);
        assertThat(door).contains("lrn-code-text").contains("data-registration").contains("/js/learning-organise");
        mvc.perform(get("/learning/events/" + LAO_CAI_DAY + "/organise").with(as("nghean")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/learning/events/" + LAO_CAI_DAY + "/code.png").with(as("laocai")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG));
        mvc.perform(get("/learning/events/" + LAO_CAI_DAY + "/code.png").with(as("admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongCodeOnTheCheckInFormIs422WithAVietnameseMessage() throws Exception {
        String body = page(post("/learning/events/" + LAO_CAI_DAY + "/check-in").with(as("buyer")).with(csrf())
                .param("code", "000000"), 422);
        String wrongOrNotOpen = body.contains("Mã điểm danh không đúng") ? "bad code" : body.contains("Chưa đến giờ")
                ? "not open" : "other";
        assertThat(wrongOrNotOpen).isNotEqualTo("other");
        page(post("/learning/events/" + LAO_CAI_DAY + "/check-in").with(as("buyer")).with(csrf()).param("code", ""),
                422);
    }

    @Test
    void aNewEventWithBadInputIs422AndGoodInputCreatesIt() throws Exception {
        String bad = page(post("/learning/events").with(as("nghean")).with(csrf()).param("title", "")
                .param("kind", "TRAINING_DAY").param("provinceCode", "40").param("startsAt", "2027-01-10T08:00")
                .param("endsAt", "2027-01-09T08:00").param("capacity", "0").param("sessions", "1")
                .param("certificateSessions", "1"), 422);
        assertThat(bad).contains("Hãy nhập tên sự kiện").contains("Số chỗ từ 1");
        String title = "Hội thảo đầu bờ " + UUID.randomUUID();
        mvc.perform(post("/learning/events").with(as("nghean")).with(csrf()).param("title", title)
                        .param("kind", "FIELD_DAY").param("provinceCode", "40").param("startsAt", "2027-01-10T08:00")
                        .param("endsAt", "2027-01-10T11:00").param("capacity", "40").param("sessions", "2")
                        .param("certificateSessions", "3"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/learning/events").with(as("nghean")).with(csrf()).param("title", title)
                        .param("kind", "FIELD_DAY").param("provinceCode", "15").param("startsAt", "2027-01-10T08:00")
                        .param("endsAt", "2027-01-10T11:00").param("capacity", "40").param("sessions", "1")
                        .param("certificateSessions", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/learning/events").with(as("nghean")).with(csrf()).param("title", title)
                        .param("kind", "FIELD_DAY").param("provinceCode", "40").param("startsAt", "2027-01-10T08:00")
                        .param("endsAt", "2027-01-10T11:00").param("capacity", "40").param("sessions", "1")
                        .param("certificateSessions", "1"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/learning/events/*/organise"));
        assertThat(jdbc.sql("select count(*) from learning_events where title = ?").param(title).query(Integer.class)
                .single()).isEqualTo(1);
        mvc.perform(post("/learning/events").with(as("buyer")).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLearnerCompletesTheCourseByItsRulesAndGetsACertificatePdf() throws Exception {
        CurrentUser learner = new CurrentUser(UUID.randomUUID(), "hoc-vien", "Vi Thị Huyền", java.util.Set.of(Role.BUYER),
                null, null, null);
        String base = "/learning/courses/" + DATA_COURSE + "/lessons/";
        mvc.perform(post(base + "c1100000-0000-4000-8000-000000000001/done").with(DemoUsers.as(learner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "c1100000-0000-4000-8000-000000000002/done").with(DemoUsers.as(learner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // a failed quiz (1 of 3 right) does not complete the course
        mvc.perform(post(base + "c1100000-0000-4000-8000-000000000004/quiz").with(DemoUsers.as(learner)).with(csrf())
                .param("q0", "0").param("q1", "0").param("q2", "0")).andExpect(status().is3xxRedirection());
        assertThat(courseCertificates(learner)).isZero();
        // an incomplete answer sheet is refused and changes nothing
        mvc.perform(post(base + "c1100000-0000-4000-8000-000000000004/quiz").with(DemoUsers.as(learner)).with(csrf())
                .param("q0", "0")).andExpect(status().isBadRequest());
        mvc.perform(post(base + "c1100000-0000-4000-8000-000000000004/quiz").with(DemoUsers.as(learner)).with(csrf())
                .param("q0", "0").param("q1", "1").param("q2", "2")).andExpect(status().is3xxRedirection());
        assertThat(courseCertificates(learner)).isEqualTo(1);
        assertThat(jdbc.sql("select verb from learning_statements where actor_key = ? order by stored_at")
                .param(learner.id().toString()).query(String.class).list())
                .containsExactly("FAILED", "PASSED", "COMPLETED");
        String code = jdbc.sql("select code from learning_certificates where user_id = ?").param(learner.id())
                .query(String.class).single();
        byte[] pdf = mvc.perform(get("/learning/certificates/" + code + ".pdf").with(DemoUsers.as(learner)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(code)))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/learning/certificates/" + code + ".pdf").with(as("buyer"))).andExpect(status().isNotFound());
    }

    private int courseCertificates(CurrentUser learner) {
        return jdbc.sql("select count(*) from learning_certificates where user_id = ? and course_id is not null")
                .param(learner.id()).query(Integer.class).single();
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return DemoUsers.as(accounts, username);
    }
}
