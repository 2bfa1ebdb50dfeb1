package vn.htxso.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.learning.CourseId;
import vn.htxso.learning.EventId;
import vn.htxso.learning.NewsImage;
import vn.htxso.learning.NewsPost;
import vn.htxso.platform.JdbcRows;

/** News posts with their optional image (the bytes are read only for the image itself). */
@Repository
public class NewsPosts {

    private static final String COLUMNS = "id, title, body, province_code, programme, event_id, course_id, image_type, "
            + "image_bytes, author_id, author_name, published, published_at, created_at, updated_at, version";

    private final JdbcClient jdbc;

    NewsPosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(NewsPost p, NewsImage image) {
        jdbc.sql("insert into learning_news (" + COLUMNS + ", image) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.title(), p.body(), p.provinceCode(), p.programme(), eventId(p), courseId(p),
                        image == null ? null : image.contentType(), image == null ? null : image.content().length,
                        p.authorId(), p.authorName(), p.published(), JdbcRows.at(p.publishedAt()),
                        JdbcRows.at(p.createdAt()), JdbcRows.at(p.updatedAt()), 0,
                        image == null ? null : image.content())
                .update();
    }

    /**
     * Saves an edit if the post is still at {@code version}; {@code image} replaces the stored one, {@code removeImage}
     * drops it, neither keeps it. Whether the row was still at that version.
     */
    public boolean update(NewsPost p, int version, NewsImage image, boolean removeImage) {
        String imageSet = image != null ? ", image = ?, image_type = ?, image_bytes = ?"
                : removeImage ? ", image = null, image_type = null, image_bytes = null" : "";
        List<Object> params = new ArrayList<>(List.of(p.title(), p.body()));
        params.add(p.provinceCode());
        params.add(p.programme());
        params.add(eventId(p));
        params.add(courseId(p));
        params.add(p.published());
        params.add(JdbcRows.at(p.publishedAt()));
        params.add(JdbcRows.at(p.updatedAt()));
        if (image != null) {
            params.add(image.content());
            params.add(image.contentType());
            params.add(image.content().length);
        }
        params.add(p.id());
        params.add(version);
        return jdbc.sql("update learning_news set title = ?, body = ?, province_code = ?, programme = ?, event_id = ?,"
                        + " course_id = ?, published = ?, published_at = ?, updated_at = ?, version = version + 1"
                        + imageSet + " where id = ? and version = ?")
                .params(params).update() == 1;
    }

    public void delete(UUID id) {
        jdbc.sql("delete from learning_news where id = ?").param(id).update();
    }

    public Optional<NewsPost> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from learning_news where id = ?").param(id).query(NewsPosts::map)
                .optional();
    }

    public Optional<NewsImage> image(UUID id) {
        return jdbc.sql("select image, image_type from learning_news where id = ? and image is not null").param(id)
                .query((rs, n) -> new NewsImage(rs.getBytes("image"), rs.getString("image_type"))).optional();
    }

    /**
     * Published posts, newest first: of one province and the national ones ({@code province} given), or all.
     */
    public List<NewsPost> published(String province, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = publishedWhere(province, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + COLUMNS + " from learning_news" + where
                        + " order by published_at desc, id limit ? offset ?")
                .params(params).query(NewsPosts::map).list();
    }

    public long countPublished(String province) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from learning_news" + publishedWhere(province, params)).params(params)
                .query(Long.class).single();
    }

    private static String publishedWhere(String province, List<Object> params) {
        if (province == null) {
            return " where published = true";
        }
        params.add(province);
        return " where published = true and (province_code = ? or province_code is null)";
    }

    /** Published posts tied to an event, newest first. */
    public List<NewsPost> ofEvent(UUID eventId) {
        return jdbc.sql("select " + COLUMNS + " from learning_news where published = true and event_id = ?"
                + " order by published_at desc, id").param(eventId).query(NewsPosts::map).list();
    }

    /** Every post (drafts too) of a province ({@code null}: every post), latest change first: an officer's list. */
    public List<NewsPost> managed(String province) {
        if (province == null) {
            return jdbc.sql("select " + COLUMNS + " from learning_news order by updated_at desc, id limit 500")
                    .query(NewsPosts::map).list();
        }
        return jdbc.sql("select " + COLUMNS + " from learning_news where province_code = ?"
                + " order by updated_at desc, id limit 500").param(province).query(NewsPosts::map).list();
    }

    private static UUID eventId(NewsPost p) {
        return p.eventId() == null ? null : p.eventId().value();
    }

    private static UUID courseId(NewsPost p) {
        return p.courseId() == null ? null : p.courseId().value();
    }

    static NewsPost map(ResultSet rs, int n) throws SQLException {
        UUID event = JdbcRows.uuid(rs, "event_id");
        UUID course = JdbcRows.uuid(rs, "course_id");
        int bytes = rs.getInt("image_bytes");
        Integer imageBytes = rs.wasNull() ? null : bytes;
        return new NewsPost(JdbcRows.uuid(rs, "id"), rs.getString("title"), rs.getString("body"),
                rs.getString("province_code"), rs.getString("programme"), event == null ? null : new EventId(event),
                course == null ? null : new CourseId(course), rs.getString("image_type"), imageBytes,
                JdbcRows.uuid(rs, "author_id"), rs.getString("author_name"), rs.getBoolean("published"),
                JdbcRows.instant(rs, "published_at"), JdbcRows.instant(rs, "created_at"),
                JdbcRows.instant(rs, "updated_at"), rs.getInt("version"));
    }
}
