package vn.htxso.traceability.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.traceability.TraceSettings;

/**
 * Each co-op's GS1 numbering. A co-op without a GS1 company prefix gets a restricted-circulation one ({@code 20}
 * followed by five digits): valid check digits, but only meaningful inside HTX Số until GS1 Vietnam assigns a
 * real prefix.
 */
@Repository
public class CoopTraceSettings {

    private final JdbcClient jdbc;

    CoopTraceSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TraceSettings> find(UUID organisationId) {
        return jdbc.sql("""
                select organisation_id, company_prefix, gs1_assigned, publish_member_names
                from trace_settings where organisation_id = ?""").param(organisationId)
                .query((rs, n) -> new TraceSettings(JdbcRows.uuid(rs, "organisation_id"), rs.getString("company_prefix"),
                        rs.getBoolean("gs1_assigned"), rs.getBoolean("publish_member_names")))
                .optional();
    }

    /** The co-op's settings, created with a restricted-circulation prefix on first use. */
    public TraceSettings of(UUID organisationId, Instant now) {
        return find(organisationId).orElseGet(() -> {
            int next = jdbc.sql("select count(*) from trace_settings where gs1_assigned = false")
                    .query(Integer.class).single() + 1;
            String prefix;
            do {
                prefix = "20" + String.format("%05d", next++);
            } while (jdbc.sql("select count(*) from trace_settings where company_prefix = ?").param(prefix)
                    .query(Integer.class).single() > 0);
            jdbc.sql("""
                    insert into trace_settings (organisation_id, company_prefix, gs1_assigned, publish_member_names,
                                                updated_at) values (?, ?, false, false, ?)""")
                    .params(organisationId, prefix, JdbcRows.at(now)).update();
            return new TraceSettings(organisationId, prefix, false, false);
        });
    }

    public void update(UUID organisationId, String companyPrefix, boolean gs1Assigned, boolean publishMemberNames,
                       Instant now) {
        jdbc.sql("""
                update trace_settings set company_prefix = ?, gs1_assigned = ?, publish_member_names = ?,
                       updated_at = ? where organisation_id = ?""")
                .params(companyPrefix, gs1Assigned, publishMemberNames, JdbcRows.at(now), organisationId).update();
    }

    public boolean prefixTaken(String prefix, UUID exceptOrganisation) {
        return jdbc.sql("select count(*) from trace_settings where company_prefix = ? and organisation_id <> ?")
                .params(prefix, exceptOrganisation).query(Integer.class).single() > 0;
    }

    /** Locks the co-op's numbering row until the transaction ends, so its lot numbers are handed out one by one. */
    public void lock(UUID organisationId) {
        jdbc.sql("select organisation_id from trace_settings where organisation_id = ? for update")
                .param(organisationId).query((rs, n) -> JdbcRows.uuid(rs, "organisation_id")).optional();
    }

    /** Takes the next number of a counter (item, location or serial reference); locks the co-op's row. */
    public long next(UUID organisationId, Counter counter) {
        String column = counter.column;
        long value = jdbc.sql("select " + column + " from trace_settings where organisation_id = ? for update")
                .param(organisationId).query(Long.class).single();
        jdbc.sql("update trace_settings set " + column + " = " + column + " + 1 where organisation_id = ?")
                .param(organisationId).update();
        return value;
    }

    public enum Counter {
        ITEM("next_item_ref"), LOCATION("next_location_ref"), SERIAL("next_serial");

        private final String column;

        Counter(String column) {
            this.column = column;
        }
    }
}
