package vn.htxso.marketplace.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.htxso.platform.AuditNames;

/** Names of this module's records for the audit log's page. */
@Component
class MarketplaceAuditNames implements AuditNames {

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "product", "select id, name from products where id in (:ids)",
                "shop", "select id, name from shops where id in (:ids)",
                "order", "select id, code as name from orders where id in (:ids)");
    }
}
