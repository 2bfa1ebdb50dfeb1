package vn.htxso.traceability.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.AuditNames;

/** Names of this module's records for the audit log's page. */
@Repository
class TraceAuditNames implements AuditNames {

    private static final Map<String, String> SQL = Map.of(
            "lot", "select l.id, p.name || ' · ' || l.lot_number as name from trace_lots l join trace_products p on p.id = l.trace_product_id where l.id in (:ids)",
            "plot", "select id, name from trace_plots where id in (:ids)");

    private final JdbcClient jdbc;

    TraceAuditNames(JdbcClient jdbc) {
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
