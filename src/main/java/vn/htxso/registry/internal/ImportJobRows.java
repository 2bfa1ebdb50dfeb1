package vn.htxso.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.ObjectMapper;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.registry.CooperativeImport;
import vn.htxso.registry.ImportJobs.Job;
import vn.htxso.registry.ImportJobs.State;

/**
 * Import jobs in the database ({@code registry_import_jobs}), so that every node of a cluster shows the same progress
 * and a job outlives the node that ran it. The upload itself is kept in the row until the job is committed.
 */
@Repository
public class ImportJobRows {

    private static final String COLUMNS = "id, owner_id, filename, partial, state, phase, done, total, check_outcome, "
            + "result_outcome, failure_key, node, heartbeat_at, created_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ImportJobRows(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Job job, CurrentUser owner, byte[] content) {
        jdbc.sql("insert into registry_import_jobs (id, owner_id, owner_user, filename, partial, state, phase, done, "
                        + "total, content, node, heartbeat_at, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)")
                .params(job.id(), job.owner(), json.writeValueAsString(Owner.of(owner)), job.filename(), job.partial(),
                        job.state().name(), job.phase(), content, job.node(), at(job.heartbeatAt()),
                        at(job.created()))
                .update();
    }

    /** The owner as they were when they uploaded: a resumed check runs with their rights. */
    public CurrentUser owner(UUID id) {
        return json.readValue(jdbc.sql("select owner_user from registry_import_jobs where id = ?").param(id)
                .query(String.class).single(), Owner.class).user();
    }

    /** The stored form of the owner: exactly the user's fields. */
    record Owner(UUID id, String username, String displayName, Set<Role> roles, String provinceCode,
                 UUID organisationId, UUID providerId) {

        static Owner of(CurrentUser user) {
            return new Owner(user.id(), user.username(), user.displayName(), user.roles(), user.provinceCode(),
                    user.organisationId(), user.providerId());
        }

        CurrentUser user() {
            return new CurrentUser(id, username, displayName, roles, provinceCode, organisationId, providerId);
        }
    }

    public Optional<Job> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from registry_import_jobs where id = ?").param(id)
                .query(this::job).optional();
    }

    public byte[] content(UUID id) {
        return jdbc.sql("select content from registry_import_jobs where id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    public void progress(UUID id, String node, String phase, long done, long total, Instant now) {
        jdbc.sql("update registry_import_jobs set phase = ?, done = ?, total = ?, heartbeat_at = ? "
                        + "where id = ? and node = ?")
                .params(phase, done, total, at(now), id, node).update();
    }

    public void heartbeat(List<UUID> ids, String node, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("update registry_import_jobs set heartbeat_at = :now where node = :node and id in (:ids)")
                    .param("now", at(now)).param("node", node).param("ids", ids).update();
        }
    }

    public void checked(UUID id, String node, CooperativeImport.Outcome check) {
        jdbc.sql("update registry_import_jobs set state = 'CHECKED', check_outcome = ? where id = ? and node = ?")
                .params(json.writeValueAsString(check), id, node).update();
    }

    public void finished(UUID id, String node, CooperativeImport.Outcome result) {
        jdbc.sql("update registry_import_jobs set state = ?, result_outcome = ?, "
                        + "content = case when ? then null else content end where id = ? and node = ?")
                .params(result.committed() ? State.COMMITTED.name() : State.CHECKED.name(),
                        json.writeValueAsString(result), result.committed(), id, node).update();
    }

    public void failed(UUID id, String node, String failureKey) {
        jdbc.sql("update registry_import_jobs set state = 'FAILED', failure_key = ?, content = null "
                        + "where id = ? and node = ?")
                .params(failureKey, id, node).update();
    }

    /** Takes a checked job for its commit; false when another request (on any node) took it first. */
    public boolean startCommit(UUID id, String node, long total, Instant now) {
        return jdbc.sql("update registry_import_jobs set state = 'COMMITTING', phase = 'writing', done = 0, total = ?, "
                        + "node = ?, heartbeat_at = ? where id = ? and state = 'CHECKED'")
                .params(total, node, at(now), id).update() == 1;
    }

    /** Running jobs whose node has not been heard of since {@code limit}: their node is gone. */
    public List<Job> orphans(Instant limit) {
        return jdbc.sql("select " + COLUMNS + " from registry_import_jobs "
                        + "where state in ('CHECKING', 'COMMITTING') and heartbeat_at < ?")
                .param(at(limit)).query(this::job).list();
    }

    /** Takes over an orphan (only if nobody else did), so one node resumes it. */
    public boolean adopt(UUID id, String oldNode, String node, Instant now) {
        return jdbc.sql("update registry_import_jobs set node = ?, heartbeat_at = ?, phase = 'reading', done = 0, "
                        + "total = 0 where id = ? and node = ? and state in ('CHECKING', 'COMMITTING')")
                .params(node, at(now), id, oldNode).update() == 1;
    }

    public int deleteFinishedBefore(Instant limit) {
        return jdbc.sql("delete from registry_import_jobs where created_at < ? "
                        + "and state not in ('CHECKING', 'COMMITTING')")
                .param(at(limit)).update();
    }

    private Job job(ResultSet rs, int row) throws SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class), rs.getString("filename"),
                rs.getBoolean("partial"), State.valueOf(rs.getString("state")), rs.getString("phase"),
                rs.getLong("done"), rs.getLong("total"), outcome(rs.getString("check_outcome")),
                outcome(rs.getString("result_outcome")), rs.getString("failure_key"), rs.getString("node"),
                rs.getObject("heartbeat_at", OffsetDateTime.class).toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private CooperativeImport.Outcome outcome(String text) {
        return text == null ? null : json.readValue(text, CooperativeImport.Outcome.class);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
