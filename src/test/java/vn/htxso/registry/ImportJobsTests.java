package vn.htxso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;
import vn.htxso.registry.ImportJobs.Job;
import vn.htxso.registry.ImportJobs.State;
import vn.htxso.registry.internal.ImportJobRows;

/**
 * Import jobs are shared state: a second {@link ImportJobs} (another node, on the same database) shows a job's
 * progress and result and may commit it; a job whose node went silent is checked again or failed cleanly.
 */
@SpringBootTest
class ImportJobsTests {

    static final CurrentUser ADMIN = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-000000000001"), "admin",
            "Quản trị", Set.of(Role.NATIONAL_ADMIN), null, null, null);
    static final CurrentUser OTHER = new CurrentUser(UUID.randomUUID(), "other", "Người khác",
            Set.of(Role.NATIONAL_ADMIN), null, null, null);

    @Autowired ImportJobs nodeA;
    @Autowired CooperativeImport importer;
    @Autowired ImportJobRows rows;
    @Autowired ImportFlags flags;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    static String prefix() {
        return "J" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    static byte[] file(String prefix, int count) {
        StringBuilder csv = new StringBuilder("\uFEFFMÃ SỐ HTX,Tên,Loại hình,Mã tỉnh,Xã/phường,Lĩnh vực,Tình trạng,"
                + "Ngày thành lập,Số thành viên\r\n");
        for (int i = 0; i < count; i++) {
            csv.append(prefix).append(i).append(",HTX Chung ").append(i)
                    .append(",HTX,40,Xã Thử Nghiệm,agriculture,active,2015-03-12,10\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    Job finished(ImportJobs node, UUID id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            Job job = node.get(ADMIN, id);
            if (!job.running()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job never finished");
    }

    long organisations(String prefix) {
        return jdbc.sql("select count(*) from organisations where registration_no like ?").param(prefix + "%")
                .query(Long.class).single();
    }

    @Test
    void anotherNodeShowsTheJobCommitsItAndTheFirstCannotCommitItAgain() throws Exception {
        ImportJobs nodeB = new ImportJobs(importer, rows, clock, flags);
        try {
            String prefix = prefix();
            byte[] content = file(prefix, 3);
            Job started = nodeA.start(ADMIN, "chung.csv", content.length, new ByteArrayInputStream(content), false);

            Job checked = finished(nodeB, started.id());
            assertThat(checked.state()).isEqualTo(State.CHECKED);
            assertThat(checked.check().imported()).isEqualTo(3);
            assertThat(checked.committable()).isTrue();
            assertThatThrownBy(() -> nodeB.get(OTHER, started.id())).isInstanceOf(NotFound.class);

            nodeB.commit(ADMIN, started.id());
            Job committed = finished(nodeA, started.id());
            assertThat(committed.state()).isEqualTo(State.COMMITTED);
            assertThat(committed.result().imported()).isEqualTo(3);
            assertThat(organisations(prefix)).isEqualTo(3);
            assertThatThrownBy(() -> nodeA.commit(ADMIN, started.id())).isInstanceOf(BusinessRuleViolation.class);
        } finally {
            nodeB.stop();
        }
    }

    @Test
    void aCheckWhoseNodeDiedIsCheckedAgainAndACommitWhoseNodeDiedFailsCleanly() throws Exception {
        Instant longAgo = clock.instant().minus(ImportJobs.LOST_AFTER.multipliedBy(10));
        String checkingPrefix = prefix();
        String committingPrefix = prefix();
        Job checking = new Job(UUID.randomUUID(), ADMIN.id(), "mat-nut.csv", false, State.CHECKING, "checking", 1, 2,
                null, null, null, "dead-node", longAgo, longAgo);
        Job committing = new Job(UUID.randomUUID(), ADMIN.id(), "dang-ghi.csv", false, State.COMMITTING, "writing", 1,
                2, null, null, null, "dead-node", longAgo, longAgo);
        rows.insert(checking, ADMIN, file(checkingPrefix, 2));
        rows.insert(committing, ADMIN, file(committingPrefix, 2));

        nodeA.recover();

        Job resumed = finished(nodeA, checking.id());
        assertThat(resumed.state()).isEqualTo(State.CHECKED);
        assertThat(resumed.check().imported()).isEqualTo(2);
        assertThat(resumed.node()).isNotEqualTo("dead-node");
        Job failed = nodeA.get(ADMIN, committing.id());
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.failureKey()).isEqualTo("registry.import.nodeLost");
        assertThat(organisations(committingPrefix)).isZero();
    }
}
