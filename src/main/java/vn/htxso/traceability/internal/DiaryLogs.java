package vn.htxso.traceability.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.traceability.LogAttachment;
import vn.htxso.traceability.DiaryLog;
import vn.htxso.traceability.InputType;
import vn.htxso.traceability.LogKind;
import vn.htxso.traceability.Unit;

/** The farm diary. */
@Repository
public class DiaryLogs {

    private final JdbcClient jdbc;

    DiaryLogs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DiaryLog> find(UUID id) {
        return jdbc.sql("select * from trace_logs where id = ?").param(id).query(DiaryLogs::map).optional();
    }

    public List<DiaryLog> ofPlot(UUID plotId) {
        return jdbc.sql("select * from trace_logs where plot_id = ? order by log_date desc, created_at desc")
                .param(plotId).query(DiaryLogs::map).list();
    }

    public List<DiaryLog> recent(UUID organisationId, int limit) {
        return jdbc.sql("""
                select * from trace_logs where organisation_id = ? order by log_date desc, created_at desc
                limit ?""").params(organisationId, limit).query(DiaryLogs::map).list();
    }

    /** The logs of one kind and day on a plot recorded since a time: the candidates for a repeated submission. */
    public List<DiaryLog> recordedSince(UUID plotId, LogKind kind, LocalDate logDate, Instant since) {
        return jdbc.sql("""
                select * from trace_logs where plot_id = ? and kind = ? and log_date = ? and created_at >= ?
                order by created_at""").params(plotId, kind.name(), logDate, vn.htxso.platform.VnTime.at(since))
                .query(DiaryLogs::map).list();
    }

    /** Pesticide inputs on a plot up to a day, for the PHI rule. */
    public List<DiaryLog> pesticidesOn(UUID plotId, LocalDate upTo) {
        return jdbc.sql("""
                select * from trace_logs where plot_id = ? and kind = 'INPUT' and input_type = 'PESTICIDE'
                and log_date <= ? order by log_date""").params(plotId, upTo).query(DiaryLogs::map).list();
    }

    /** The logs of a plot's season: after the previous harvest (exclusive) up to the harvest day. */
    public List<DiaryLog> season(UUID plotId, LocalDate after, LocalDate upTo) {
        return jdbc.sql("""
                select * from trace_logs where plot_id = ? and log_date > ? and log_date <= ?
                order by log_date, created_at""").params(plotId, after, upTo).query(DiaryLogs::map).list();
    }

    public Optional<LocalDate> previousHarvest(UUID plotId, LocalDate before, UUID except) {
        return jdbc.sql("""
                select max(log_date) from trace_logs where plot_id = ? and kind = 'HARVEST' and log_date < ?
                and id <> ?""").params(plotId, before, except).query(LocalDate.class).optional();
    }

    /** The member's latest log of a kind, to prefill the next one. */
    public Optional<DiaryLog> lastOf(UUID memberId, LogKind kind) {
        return jdbc.sql("""
                select * from trace_logs where member_id = ? and kind = ? order by created_at desc limit 1""")
                .params(memberId, kind.name()).query(DiaryLogs::map).optional();
    }

    public List<DiaryLog> ofLot(UUID lotId) {
        return jdbc.sql("""
                select l.* from trace_logs l join trace_lot_logs x on x.log_id = l.id where x.lot_id = ?
                order by l.log_date, l.created_at""").param(lotId).query(DiaryLogs::map).list();
    }

    /** Lab tests attached to any of the lots. */
    public List<DiaryLog> labTestsOf(java.util.Collection<UUID> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from trace_logs where kind = 'LAB_TEST' and lot_id in (:lots) order by log_date""")
                .param("lots", List.copyOf(lotIds)).query(DiaryLogs::map).list();
    }

    public List<DiaryLog> corrections(UUID logId) {
        return jdbc.sql("select * from trace_logs where corrects_log_id = ? order by created_at")
                .param(logId).query(DiaryLogs::map).list();
    }

    /** Whether a published lot's story uses the log: then it is read-only. */
    public boolean frozen(UUID logId) {
        return jdbc.sql("""
                select count(*) from trace_lot_logs x join trace_lots t on t.id = x.lot_id
                where x.log_id = ? and t.published_at is not null""").param(logId).query(Integer.class).single() > 0;
    }

    public void insert(DiaryLog log) {
        jdbc.sql("""
                insert into trace_logs (id, organisation_id, plot_id, kind, log_date, member_id, member_name,
                  activity, input_type, product, active_ingredient, dose, phi_days, quantity, unit, lab_name,
                  lab_result, lab_passed, notes, corrects_log_id, lot_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(log.id(), log.organisationId(), log.plotId(), log.kind().name(), log.logDate(),
                        log.memberId(), log.memberName(), log.activity(), name(log.inputType()), log.product(),
                        log.activeIngredient(), log.dose(), log.phiDays(), log.quantity(), name(log.unit()),
                        log.labName(), log.labResult(), log.labPassed(), log.notes(), log.correctsLogId(),
                        log.lotId(), JdbcRows.at(log.createdAt()), JdbcRows.at(log.createdAt()))
                .update();
    }

    /** Rewrites a log's content (not its plot, kind, member or links); only while no published lot uses it. */
    public void update(DiaryLog log, Instant now) {
        jdbc.sql("""
                update trace_logs set log_date = ?, activity = ?, input_type = ?, product = ?, active_ingredient = ?,
                  dose = ?, phi_days = ?, quantity = ?, unit = ?, lab_name = ?, lab_result = ?, lab_passed = ?,
                  notes = ?, updated_at = ? where id = ?""")
                .params(log.logDate(), log.activity(), name(log.inputType()), log.product(), log.activeIngredient(),
                        log.dose(), log.phiDays(), log.quantity(), name(log.unit()), log.labName(), log.labResult(),
                        log.labPassed(), log.notes(), JdbcRows.at(now), log.id())
                .update();
    }

    /** The log a phone sent under this client id, within the organisation. */
    public Optional<UUID> byClientId(UUID organisationId, UUID clientId) {
        return jdbc.sql("select id from trace_logs where client_id = ? and organisation_id = ?")
                .params(clientId, organisationId).query((rs, n) -> JdbcRows.uuid(rs, "id")).optional();
    }

    /** Whether any log (of any organisation) holds this client id. */
    public boolean clientIdTaken(UUID clientId) {
        return jdbc.sql("select count(*) from trace_logs where client_id = ?").param(clientId)
                .query(Integer.class).single() > 0;
    }

    /** Marks a new log with the phone's id for it; the unique index refuses a second log with the same id. */
    public void claimClientId(UUID logId, UUID clientId) {
        jdbc.sql("update trace_logs set client_id = ? where id = ?").params(clientId, logId).update();
    }

    public void linkLot(UUID logId, UUID lotId) {
        jdbc.sql("update trace_logs set lot_id = ? where id = ?").params(lotId, logId).update();
    }

    public void addAttachment(UUID logId, String fileName, String contentType, byte[] content, Instant now) {
        jdbc.sql("""
                insert into trace_attachments (id, log_id, file_name, content_type, content, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), logId, fileName, contentType, content, JdbcRows.at(now)).update();
    }

    public List<LogAttachment> attachments(UUID logId) {
        return jdbc.sql("""
                select id, log_id, file_name, content_type from trace_attachments where log_id = ?
                order by created_at""").param(logId)
                .query((rs, n) -> new LogAttachment(JdbcRows.uuid(rs, "id"), JdbcRows.uuid(rs, "log_id"),
                        rs.getString("file_name"), rs.getString("content_type"), null))
                .list();
    }

    public Optional<LogAttachment> attachment(UUID id) {
        return jdbc.sql("select * from trace_attachments where id = ?").param(id)
                .query((rs, n) -> new LogAttachment(JdbcRows.uuid(rs, "id"), JdbcRows.uuid(rs, "log_id"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static DiaryLog map(ResultSet rs, int row) throws SQLException {
        return new DiaryLog(JdbcRows.uuid(rs, "id"), JdbcRows.uuid(rs, "organisation_id"), JdbcRows.uuid(rs, "plot_id"),
                LogKind.valueOf(rs.getString("kind")), JdbcRows.date(rs, "log_date"), JdbcRows.uuid(rs, "member_id"),
                rs.getString("member_name"), rs.getString("activity"),
                JdbcRows.enumOf(InputType.class, rs.getString("input_type")), rs.getString("product"),
                rs.getString("active_ingredient"), rs.getString("dose"), JdbcRows.integer(rs, "phi_days"),
                rs.getBigDecimal("quantity"), Unit.parse(rs.getString("unit")), rs.getString("lab_name"),
                rs.getString("lab_result"), JdbcRows.bool(rs, "lab_passed"), rs.getString("notes"),
                JdbcRows.uuid(rs, "corrects_log_id"), JdbcRows.uuid(rs, "lot_id"), JdbcRows.instant(rs, "created_at"));
    }
}
