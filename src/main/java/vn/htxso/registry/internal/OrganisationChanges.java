package vn.htxso.registry.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.registry.Directory.Change;

/** The history of an organisation's record (created, updated, members, reports, dissolved), newest first. */
@Repository
public class OrganisationChanges {

    private final JdbcClient jdbc;

    OrganisationChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest 200 changes. */
    public List<Change> of(UUID organisationId) {
        return jdbc.sql("select changed_at, actor, action, details from organisation_changes "
                        + "where organisation_id = ? order by id desc limit 200").param(organisationId)
                .query((rs, i) -> new Change(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list();
    }

    /** Adds the line unless the organisation has it already (same action and details). */
    public void addOnce(UUID organisationId, OffsetDateTime at, String actor, String action, String details) {
        String text = cut(details);
        jdbc.sql("insert into organisation_changes (organisation_id, changed_at, actor, action, details) "
                        + "select ?, ?, ?, ?, ? where not exists (select 1 from organisation_changes "
                        + "where organisation_id = ? and action = ? and details = ?)")
                .params(organisationId, at, cut(actor, 120), action, text, organisationId, action, text)
                .update();
    }

    private static String cut(String details) {
        return cut(details, 2000);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** {@code details} is cut to 2000 characters. */
    public void add(UUID organisationId, OffsetDateTime at, String actor, String action, String details) {
        jdbc.sql("insert into organisation_changes (organisation_id, changed_at, actor, action, details) "
                        + "values (?, ?, ?, ?, ?)")
                .params(organisationId, at, actor, action, cut(details))
                .update();
    }
}
