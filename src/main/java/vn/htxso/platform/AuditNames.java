package vn.htxso.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Names of the records the audit log mentions, so that the log shows "HTX Chè Thanh Chương" instead of a UUID.
 * A module implements it (in its {@code internal} package) for the subject types it records; the platform answers
 * for users and organisations.
 */
public interface AuditNames {

    /** The subject types this module names, as its audit entries spell them ({@code "product"}, {@code "lot"}). */
    Set<String> subjectTypes();

    /** Names by id for the given ids of one subject type; ids not found are left out. */
    Map<String, String> names(String subjectType, Collection<String> ids);

    /**
     * Runs a module's {@code select id, name … where id in (:ids)} for the ids that are UUIDs (others are skipped).
     * The statement is the module's own, in its {@code internal} collection.
     */
    static Map<String, String> byIds(org.springframework.jdbc.core.simple.JdbcClient jdbc, String sql,
                                     Collection<String> ids) {
        java.util.List<java.util.UUID> uuids = new java.util.ArrayList<>();
        for (String id : ids) {
            try {
                uuids.add(java.util.UUID.fromString(id));
            } catch (IllegalArgumentException notAnId) {
                // not a record of this table
            }
        }
        Map<String, String> names = new java.util.HashMap<>();
        if (!uuids.isEmpty()) {
            jdbc.sql(sql).param("ids", uuids)
                    .query((rs, n) -> names.put(JdbcRows.uuid(rs, "id").toString(), rs.getString("name"))).list();
        }
        return names;
    }
}
