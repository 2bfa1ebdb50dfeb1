package vn.htxso.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.Directory;
import vn.htxso.registry.Registry;

/**
 * From {@link PackageDeployed} to what the co-op and its alliance see: the co-op's history in the registry gets a
 * "support package received" line naming the package, once however often the event is delivered.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles(resolver = WithDemoData.class)
class SupportScenarioTests {

    /** The demo application of HTX Chè Thanh Chương (R__demo_50_support.sql), deployed on 20 May 2026. */
    static final UUID APPLICATION = UUID.fromString("b0000000-0000-4000-8000-000000000001");
    static final UUID PACKAGE = UUID.fromString("f0000000-0000-4000-8000-000000000004");

    @Autowired
    Directory directory;
    @Autowired
    RegistryHistoryOfSupport listener;

    @Test
    void aDeployedPackageShowsInTheCoopsHistoryOnce(Scenario scenario) {
        PackageDeployed deployed = new PackageDeployed(APPLICATION, new CooperativeId(DemoUsers.CHE), PACKAGE,
                DemoUsers.VIETTEL, Instant.parse("2026-05-20T09:00:00Z"));

        scenario.publish(deployed)
                .andWaitForStateChange(() -> supportLines(), lines -> !lines.isEmpty())
                .andVerify(lines -> assertThat(lines).singleElement().satisfies(line -> {
                    assertThat(line.details()).contains(APPLICATION.toString());
                    assertThat(line.actor()).isNotBlank();
                }));

        listener.on(deployed); // delivered again (a restart republishes outstanding events)
        assertThat(supportLines()).hasSize(1);
    }

    private List<Directory.Change> supportLines() {
        return directory.history(DemoUsers.MANAGER, DemoUsers.CHE).stream()
                .filter(c -> c.action().equals(Registry.SUPPORT_DEPLOYED))
                .filter(c -> c.details().contains(APPLICATION.toString()))
                .toList();
    }
}
