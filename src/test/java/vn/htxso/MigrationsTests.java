package vn.htxso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.platform.AdminUnits;

/** Flyway owns the schema: every script applied, none pending; demo fixtures are not part of the test profile. */
@SpringBootTest
class MigrationsTests {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AdminUnits adminUnits;
    @Value("${spring.flyway.locations}")
    String locations;

    @Test
    void everyMigrationIsAppliedAndNonePending() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).isNotEmpty();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(Arrays.stream(all).filter(m -> m.getVersion() != null))
                .allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
    }

    @Test
    void theTestProfileLoadsNoDemoFixtures() {
        assertThat(locations).doesNotContain("db/demo");
    }

    @Test
    void theThirtyFourProvincesAreReferenceData() {
        assertThat(adminUnits.provinces()).hasSize(34);
        assertThat(adminUnits.provinceName("40")).isEqualTo("Nghệ An");
        assertThat(adminUnits.provinceName("15")).isEqualTo("Lào Cai");
        assertThat(adminUnits.provinceName("01")).isEqualTo("Hà Nội");
    }
}
