package vn.htxso.support.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.AuditNames;

/** Names of this module's records for the audit log's page. */
@Repository
class SupportAuditNames implements AuditNames {

    private static final Map<String, String> SQL = Map.of(
            "programme", "select id, name from programmes where id in (:ids)",
            "package", "select id, name from support_packages where id in (:ids)",
            "provider", "select id, name from providers where id in (:ids)",
            "application", "select a.id, a.organisation_name || ' · ' || p.name as name from support_applications a join support_packages p on p.id = a.package_id where a.id in (:ids)");

    private final JdbcClient jdbc;

    SupportAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> subjectTypes() {
        return SQL.keySet();
    }

    @Override
    public Map<String, String> names(String subjectType, Collection<String> ids) {
        String sql = SQL.get(subjectType);
        return sql == null ? Map.of() : AuditNames.byIds(jdbc, sql, ids);
    }
}
