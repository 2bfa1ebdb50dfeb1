package vn.htxso.marketplace.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.AuditNames;

/** Names of this module's records for the audit log's page. */
@Repository
class MarketplaceAuditNames implements AuditNames {

    private static final Map<String, String> SQL = Map.of(
            "product", "select id, name from products where id in (:ids)",
            "shop", "select id, name from shops where id in (:ids)",
            "order", "select id, code as name from orders where id in (:ids)");

    private final JdbcClient jdbc;

    MarketplaceAuditNames(JdbcClient jdbc) {
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
