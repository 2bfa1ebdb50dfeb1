package vn.htxso.support.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.htxso.platform.AuditNames;

/** Names of this module's records for the audit log's page. */
@Component
class SupportAuditNames implements AuditNames {

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "programme", "select id, name from programmes where id in (:ids)",
                "package", "select id, name from support_packages where id in (:ids)",
                "provider", "select id, name from providers where id in (:ids)",
                "application", "select a.id, a.organisation_name || ' · ' || p.name as name from support_applications a join support_packages p on p.id = a.package_id where a.id in (:ids)");
    }
}
