package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.support.WithDemoData;

/**
 * Under the postgres profile sessions live in PostgreSQL, so any application node can serve a signed-in user and a
 * guest's cart: every session attribute must survive serialization. (The other MockMvc tests use in-memory sessions.)
 */
@org.junit.jupiter.api.Tag("postgres-only")
@SpringBootTest(properties = "spring.autoconfigure.exclude=")
@AutoConfigureMockMvc
@ActiveProfiles(resolver = WithDemoData.class)
class SessionStoreTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Environment environment;

    @BeforeEach
    void onlyOnPostgres() {
        boolean postgres = environment.acceptsProfiles(Profiles.of("postgres"));
        // tagged postgres-only: the H2 run leaves this class out (pom), bin/test runs it; it never skips
        if (!postgres) {
            Assertions.fail("bin/test must run the JDBC session tests on PostgreSQL (profile 'postgres' is not active)");
        }
    }

    @Test
    void aSignInIsStoredInTheDatabaseAndServesTheNextRequest() throws Exception {
        long before = sessionsOf("seller");
        Cookie session = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("seller")
                        .password("demo12345"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(sessionsOf("seller")).isEqualTo(before + 1);
        mvc.perform(get("/profile").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lô Thị Mai")));
    }

    @Test
    void aGuestCartLivesInTheDatabaseSession() throws Exception {
        String productId = jdbc.sql("""
                select p.id from products p join shops s on s.id = p.shop_id
                where s.verified and p.stock > 2 order by p.name limit 1""").query(String.class).single();
        String name = jdbc.sql("select name from products where id = ?").param(java.util.UUID.fromString(productId))
                .query(String.class).single();
        var added = mvc.perform(post("/market/cart/lines").with(csrf())
                        .param("productId", productId).param("quantity", "2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        Cookie session = added.getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/market/cart").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        // a second change to the same cart object is written back too
        mvc.perform(post("/market/cart/lines").cookie(session).with(csrf())
                        .param("productId", productId).param("quantity", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/market/cart").cookie(session))
                .andExpect(content().string(containsString("value=\"3\"")));
    }

    @Test
    void aSessionRowIsRewrittenForItsLastAccessAtMostOncePerMinute() throws Exception {
        Cookie session = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("seller")
                .password("demo12345")).andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        String id = new String(java.util.Base64.getDecoder().decode(session.getValue()),
                java.nio.charset.StandardCharsets.UTF_8);
        String stored = row(id);

        // pages within the minute read the session and leave its row as it was (no write per request)
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());
        }
        assertThat(row(id)).isEqualTo(stored);

        // once the stored access is a minute old, the next request moves it, and the expiry with it
        jdbc.sql("""
                update spring_session set last_access_time = last_access_time - 120000,
                       expiry_time = expiry_time - 120000 where session_id = ?""").param(id).update();
        long before = System.currentTimeMillis();
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lô Thị Mai")));
        record Times(long lastAccess, long expiry, int timeoutSeconds) {
        }
        Times times = jdbc.sql("""
                select last_access_time, expiry_time, max_inactive_interval from spring_session where session_id = ?""")
                .param(id).query((rs, n) -> new Times(rs.getLong(1), rs.getLong(2), rs.getInt(3))).single();
        assertThat(times.lastAccess()).isGreaterThanOrEqualTo(before - 1000);
        assertThat(times.expiry()).isEqualTo(times.lastAccess() + times.timeoutSeconds() * 1000L);
    }

    /** The row as stored: its version (xmin changes with every rewrite) and times. */
    private String row(String sessionId) {
        return jdbc.sql("select xmin::text || '|' || last_access_time || '|' || expiry_time from spring_session "
                + "where session_id = ?").param(sessionId).query(String.class).single();
    }

    private long sessionsOf(String user) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(user)
                .query(Long.class).single();
    }
}
