package vn.htxso.learning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.learning.Material;

/** The materials library: files with their size, language and licence. */
@Repository
public class Materials {

    private static final String COLUMNS = "id, title, language, licence, file_name, content_type, size_bytes, "
            + "province_code, created_at";

    private final JdbcClient jdbc;

    Materials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Material m, byte[] content, UUID uploadedBy) {
        jdbc.sql("""
                insert into learning_materials (id, title, language, licence, file_name, content_type, size_bytes,
                  content, province_code, uploaded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id(), m.title(), m.language(), m.licence(), m.fileName(), m.contentType(), m.sizeBytes(),
                        content, m.provinceCode(), uploadedBy, JdbcRows.at(m.createdAt())).update();
    }

    public List<Material> page(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from learning_materials order by created_at desc, id limit ? offset ?")
                .params(limit, offset).query(Materials::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from learning_materials").query(Long.class).single();
    }

    public Optional<Material> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from learning_materials where id = ?").param(id)
                .query(Materials::map).optional();
    }

    public byte[] content(UUID id) {
        return jdbc.sql("select content from learning_materials where id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private static Material map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Material(JdbcRows.uuid(rs, "id"), rs.getString("title"), rs.getString("language"),
                rs.getString("licence"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("province_code"), JdbcRows.instant(rs, "created_at"));
    }
}
