package vn.htxso.marketplace.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The products' photos, stored as a small JPEG thumbnail each. */
@Repository
public class ProductPhotos {

    private final JdbcClient jdbc;

    ProductPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<byte[]> thumbnail(UUID productId) {
        return jdbc.sql("select thumbnail from product_photos where product_id = ?").param(productId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Stores (or replaces) the product's JPEG thumbnail and marks the product as having a photo. */
    public void store(UUID productId, byte[] jpegThumbnail, OffsetDateTime at) {
        int updated = jdbc.sql("update product_photos set thumbnail = ?, content_type = 'image/jpeg', updated_at = ? "
                + "where product_id = ?").params(jpegThumbnail, at, productId).update();
        if (updated == 0) {
            jdbc.sql("insert into product_photos (product_id, content_type, thumbnail, updated_at) values (?, ?, ?, ?)")
                    .params(productId, "image/jpeg", jpegThumbnail, at).update();
        }
        jdbc.sql("update products set has_photo = true where id = ?").param(productId).update();
    }
}
