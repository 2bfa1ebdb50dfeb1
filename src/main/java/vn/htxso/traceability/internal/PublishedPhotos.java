package vn.htxso.traceability.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.traceability.LogAttachment;

/** Which diary photos a lot's public trace page shows ({@code trace_published_photos}). */
@Repository
public class PublishedPhotos {

    private final JdbcClient jdbc;

    PublishedPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The photos (images only, without their bytes) of the diary logs of these lots, oldest first. */
    public List<LogAttachment> candidates(Collection<UUID> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct a.id, a.log_id, a.file_name, a.content_type, a.created_at from trace_attachments a
                join trace_logs l on l.id = a.log_id
                left join trace_lot_logs x on x.log_id = l.id
                where (x.lot_id in (:lots) or l.lot_id in (:lots)) and a.content_type like 'image/%'
                order by a.created_at, a.id""")
                .param("lots", lotIds)
                .query((rs, n) -> new LogAttachment(JdbcRows.uuid(rs, "id"), JdbcRows.uuid(rs, "log_id"),
                        rs.getString("file_name"), rs.getString("content_type"), null))
                .list();
    }

    public List<UUID> chosen(UUID lotId) {
        return jdbc.sql("select attachment_id from trace_published_photos where lot_id = ? order by attachment_id")
                .param(lotId).query((rs, n) -> JdbcRows.uuid(rs, "attachment_id")).list();
    }

    /** Replaces the lot's choice. */
    public void choose(UUID lotId, Collection<UUID> attachmentIds) {
        jdbc.sql("delete from trace_published_photos where lot_id = ?").param(lotId).update();
        for (UUID id : attachmentIds) {
            jdbc.sql("insert into trace_published_photos (lot_id, attachment_id) values (?, ?)")
                    .params(lotId, id).update();
        }
    }

    public boolean isChosen(UUID lotId, UUID attachmentId) {
        return jdbc.sql("select count(*) from trace_published_photos where lot_id = ? and attachment_id = ?")
                .params(lotId, attachmentId).query(Integer.class).single() > 0;
    }
}
