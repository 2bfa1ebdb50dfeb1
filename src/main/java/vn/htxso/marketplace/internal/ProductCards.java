package vn.htxso.marketplace.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.ProductView;
import vn.htxso.platform.JdbcRows;

/**
 * The rows of a page of search hits, read by id in one statement: the index finds and orders the ids, the database
 * gives today's price and stock. No entity is loaded, so a search costs no persistence context.
 */
@Component
public class ProductCards {

    private final JdbcClient jdbc;

    ProductCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The products of {@code ids} that buyers may still see (active, of a verified shop), in the order of ids. */
    public List<ProductView> visible(List<UUID> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ProductView> found = new HashMap<>();
        jdbc.sql("""
                select p.id, p.name, p.description, p.category, p.unit, p.price_vnd, {total} stock, p.weight_grams,
                       p.ocop_stars, p.ocop_cert_no, p.ocop_issuer, p.ocop_issued_on, p.ocop_expires_on, p.has_photo,
                       p.created_at, p.version, s.id shop_id, s.name shop_name, s.province_code, s.commune_name,
                       s.ethnic_minority_owner, s.verified
                from products p join shops s on s.id = p.shop_id
                where p.id in (:ids) and p.active and s.verified""".replace("{total}", Stock.TOTAL_OF_P))
                .param("ids", ids)
                .query((rs, i) -> {
                    LocalDate expires = JdbcRows.date(rs, "ocop_expires_on");
                    Integer stars = JdbcRows.integer(rs, "ocop_stars");
                    Integer validStars = stars == null || expires == null || expires.isBefore(today) ? null : stars;
                    return new ProductView(JdbcRows.uuid(rs, "id"), rs.getString("name"), rs.getString("description"),
                            JdbcRows.enumOf(Category.class, rs.getString("category")), rs.getString("unit"),
                            rs.getLong("price_vnd"), rs.getInt("stock"), JdbcRows.integer(rs, "weight_grams"),
                            validStars, rs.getString("ocop_cert_no"), rs.getString("ocop_issuer"),
                            JdbcRows.date(rs, "ocop_issued_on"), expires, rs.getBoolean("has_photo"),
                            JdbcRows.uuid(rs, "shop_id"), rs.getString("shop_name"), rs.getString("province_code"),
                            rs.getString("commune_name"), rs.getBoolean("ethnic_minority_owner"),
                            rs.getBoolean("verified"), JdbcRows.instant(rs, "created_at"), rs.getLong("version"));
                })
                .list()
                .forEach(p -> found.put(p.id(), p));
        List<ProductView> ordered = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            ProductView p = found.get(id);
            if (p != null) {
                ordered.add(p);
            }
        }
        return ordered;
    }
}
