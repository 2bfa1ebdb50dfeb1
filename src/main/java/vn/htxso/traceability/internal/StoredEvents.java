package vn.htxso.traceability.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;

/** The EPCIS event store. StoredEvents are never changed once written. */
@Repository
public class StoredEvents {

    private final JdbcClient jdbc;

    StoredEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID organisationId, String type, String bizStep, Instant eventTime, boolean imported,
                       String body, Collection<UUID> lotIds, Instant now) {
        jdbc.sql("""
                insert into trace_events (id, organisation_id, event_type, biz_step, event_time, imported, body,
                  created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, type, bizStep, JdbcRows.at(eventTime), imported, body, JdbcRows.at(now)).update();
        for (UUID lotId : new LinkedHashSet<>(lotIds)) {
            jdbc.sql("insert into trace_event_lots (event_id, lot_id) values (?, ?)").params(id, lotId).update();
        }
    }

    /** Every event that names one of the lots, oldest first, each once. */
    public List<StoredEvent> ofLots(Collection<UUID> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select e.id, e.event_type, e.biz_step, e.event_time, e.imported, e.body from trace_events e
                where e.id in (select x.event_id from trace_event_lots x where x.lot_id in (:lots))
                order by e.event_time, e.created_at""").param("lots", List.copyOf(lotIds))
                .query((rs, n) -> new StoredEvent(JdbcRows.uuid(rs, "id"), rs.getString("event_type"),
                        rs.getString("biz_step"), JdbcRows.instant(rs, "event_time"), rs.getBoolean("imported"),
                        rs.getString("body")))
                .list();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select count(*) from trace_events where id = ?").param(id).query(Integer.class).single() > 0;
    }
}
