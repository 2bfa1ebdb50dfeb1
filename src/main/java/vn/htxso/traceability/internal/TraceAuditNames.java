package vn.htxso.traceability.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.htxso.platform.AuditNames;

/** Names of this module's records for the audit log's page. */
@Component
class TraceAuditNames implements AuditNames {

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "lot", "select l.id, p.name || ' · ' || l.lot_number as name from trace_lots l join trace_products p on p.id = l.trace_product_id where l.id in (:ids)",
                "plot", "select id, name from trace_plots where id in (:ids)");
    }
}
