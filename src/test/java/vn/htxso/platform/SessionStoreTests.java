package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.support.DemoMvcTest;

/** Under the postgres profile a signed-in session lives in the database, so any application node can serve it. */
@DemoMvcTest
class SessionStoreTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Environment environment;

    @Test
    void aSignInIsStoredInTheDatabase() throws Exception {
        Assumptions.assumeTrue(environment.acceptsProfiles(Profiles.of("postgres")), "JDBC sessions: postgres only");
        long before = jdbc.sql("select count(*) from spring_session where principal_name = 'seller'")
                .query(Long.class).single();
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("seller").password("demo12345"))
                .andExpect(redirectedUrl("/"));
        long after = jdbc.sql("select count(*) from spring_session where principal_name = 'seller'")
                .query(Long.class).single();
        assertThat(after).isEqualTo(before + 1);
    }
}
