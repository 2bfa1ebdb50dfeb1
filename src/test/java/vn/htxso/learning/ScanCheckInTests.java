package vn.htxso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.QrImages;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/**
 * Check-in by the attendee's personal QR: the attendee's page shows it, the organiser's camera page (or the typed
 * code, without a camera or JavaScript) checks them in once; unknown codes, full events and other organisers are
 * refused.
 */
@DemoMvcTest
class ScanCheckInTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrainingCalendar calendar;
    @Autowired
    Clock clock;

    @Test
    void theAttendeesQrCarriesTheirCodeAndTheOrganisersScanChecksThemInOnce() throws Exception {
        CurrentUser nghean = accounts.byUsername("nghean").orElseThrow().toCurrentUser();
        EventId event = newEvent(nghean, 1);
        CurrentUser member = new CurrentUser(UUID.randomUUID(), "thanh-vien", "Lương Thị Thu", Set.of(Role.BUYER),
                null, null, null);
        Registration r = calendar.register(member, event);
        String eventPage = mvc.perform(get("/learning/events/" + event).with(DemoUsers.as(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(eventPage).contains("/learning/registrations/" + r.id() + "/qr.png");
        byte[] png = mvc.perform(get("/learning/registrations/" + r.id() + "/qr.png").with(DemoUsers.as(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(QrImages.text(png)).isEqualTo(r.personalCode());
        mvc.perform(get("/learning/registrations/" + r.id() + "/qr.png").with(as("buyer")))
                .andExpect(status().isNotFound());

        String scan = mvc.perform(get("/learning/events/" + event + "/scan").with(as("nghean")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(scan).contains("<video").contains("/js/learning-scan").contains("name=\"personalCode\"")
                .doesNotContain("style=").doesNotContain("<script>");
        mvc.perform(get("/learning/events/" + event + "/scan").with(as("laocai"))).andExpect(status().isNotFound());
        mvc.perform(post("/learning/events/" + event + "/scan").param("personalCode", r.personalCode())
                .with(as("laocai")).with(csrf())).andExpect(status().isNotFound());

        // typed in lower case, with spaces: still the person
        mvc.perform(post("/learning/events/" + event + "/scan")
                        .param("personalCode", " " + r.personalCode().toLowerCase(Locale.ROOT) + " ")
                        .with(as("nghean")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/learning/events/" + event + "/scan"))
                .andExpect(flash().attribute("flash", "learning.checkIn.person"));
        mvc.perform(post("/learning/events/" + event + "/scan").param("personalCode", r.personalCode())
                        .with(as("nghean")).with(csrf()))
                .andExpect(flash().attribute("flash", "learning.checkIn.personAlready"));
        assertThat(jdbc.sql("select method from learning_check_ins where registration_id = ?").param(r.id())
                .query(String.class).list()).containsExactly("PERSONAL_QR");

        String unknown = mvc.perform(post("/learning/events/" + event + "/scan").param("personalCode", "ZZZZZZZZZZ")
                        .with(as("nghean")).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("không có trong danh sách sự kiện");

        // a second person at a one-seat event: 409 and the override box; with it, in (and audited)
        Registration second = calendar.addAtDoor(calendar.event(event), null, "Tráng A Páo", null, nghean);
        String full = mvc.perform(post("/learning/events/" + event + "/scan").param("personalCode", second.personalCode())
                        .with(as("nghean")).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(full).contains("đã đủ 1 người").contains("name=\"override\"");
        mvc.perform(post("/learning/events/" + event + "/scan").param("personalCode", second.personalCode())
                        .param("override", "true").with(as("nghean")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.event(event).attended()).isEqualTo(2);
    }

    private EventId newEvent(CurrentUser organiser, int capacity) {
        Instant now = clock.instant();
        return calendar.create(organiser, new NewEvent("Tập huấn quét mã " + UUID.randomUUID(),
                EventKind.TRAINING_DAY, null, "40", "Xã Hạnh Lâm", null, now.minusSeconds(600),
                now.plusSeconds(7200), capacity, 1, 1));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return DemoUsers.as(accounts, username);
    }
}
