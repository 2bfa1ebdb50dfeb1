package vn.htxso.platform.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.AuditTrail.Entry;
import vn.htxso.platform.JdbcRows;
import vn.htxso.platform.Like;

/** The audit log's table ({@code audit_events}): appended to, read a page at a time within a province's scope. */
@Repository
public class AuditEvents {

    private final JdbcClient jdbc;

    AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to read.
     *
     * @param provinceCode only this province's entries; {@code null}: every entry (a national admin)
     * @param action an action code, or the start of one ({@code "registry."})
     */
    public record Query(String provinceCode, String actor, String action, OffsetDateTime from, OffsetDateTime to) {
    }

    public void append(OffsetDateTime at, String actor, String address, AuditEntry entry) {
        jdbc.sql("""
                insert into audit_events (occurred_at, actor, address, action, subject_type, subject_id,
                                          province_code, organisation_id, details)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(at, truncate(actor, 120), address, entry.action(), entry.subjectType(),
                        truncate(entry.subjectId(), 120), entry.provinceCode(), entry.organisationId(),
                        truncate(entry.details(), 2000))
                .update();
    }

    /** One page of entries, newest first. */
    public List<Entry> page(Query query, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select id, occurred_at, actor, address, action, subject_type, subject_id, province_code, "
                        + "organisation_id, details from audit_events" + where + " order by id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new Entry(rs.getLong("id"), JdbcRows.instant(rs, "occurred_at"),
                        rs.getString("actor"), rs.getString("address"), rs.getString("action"),
                        rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("province_code"),
                        JdbcRows.uuid(rs, "organisation_id"), rs.getString("details")))
                .list();
    }

    public long count(Query query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        return jdbc.sql("select count(*) from audit_events" + where).params(params).query(Long.class).single();
    }

    /** The action codes recorded within a province (every province: {@code null}), for the filter's list. */
    public List<String> actions(String provinceCode) {
        return provinceCode == null
                ? jdbc.sql("select distinct action from audit_events order by action").query(String.class).list()
                : jdbc.sql("select distinct action from audit_events where province_code = ? order by action")
                        .param(provinceCode).query(String.class).list();
    }

    /** Users' names by id or user name (entries name a user either way). */
    /** Runs a module's naming query ({@code id}, {@code name} where id in {@code :ids}) for the ids that are UUIDs. */
    public Map<String, String> names(String query, Collection<String> ids) {
        List<UUID> uuids = new ArrayList<>();
        for (String id : ids) {
            try {
                uuids.add(UUID.fromString(id));
            } catch (IllegalArgumentException notAnId) {
                // a registration number or a file name: no record of these tables
            }
        }
        Map<String, String> names = new HashMap<>();
        if (!uuids.isEmpty()) {
            jdbc.sql(query).param("ids", uuids).query((rs, n) -> names.put(
                    vn.htxso.platform.JdbcRows.uuid(rs, "id").toString(), rs.getString("name"))).list();
        }
        return names;
    }

    public Map<String, String> userNames(Collection<String> idsOrUsernames) {
        Map<String, String> names = new HashMap<>();
        if (idsOrUsernames.isEmpty()) {
            return names;
        }
        List<UUID> ids = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (String value : idsOrUsernames) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException notAnId) {
                usernames.add(value.toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (!ids.isEmpty()) {
            jdbc.sql("select id, username, display_name from users where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> names.put(JdbcRows.uuid(rs, "id").toString(),
                            rs.getString("display_name") + " (" + rs.getString("username") + ")"))
                    .list();
        }
        if (!usernames.isEmpty()) {
            jdbc.sql("select username, display_name from users where lower(username) in (:names)")
                    .param("names", usernames)
                    .query((rs, n) -> names.put(rs.getString("username"),
                            rs.getString("display_name") + " (" + rs.getString("username") + ")"))
                    .list();
        }
        return names;
    }

    private static String where(Query query, List<Object> params) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (query.provinceCode() != null) {
            sql.append(" and province_code = ?");
            params.add(query.provinceCode());
        }
        if (query.actor() != null) {
            sql.append(" and lower(actor) = lower(?)");
            params.add(query.actor());
        }
        if (query.action() != null) {
            sql.append(" and action like ?" + Like.ESCAPE);
            params.add(Like.startingWith(query.action()));
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(query.to());
        }
        return sql.toString();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
