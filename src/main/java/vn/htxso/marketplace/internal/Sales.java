package vn.htxso.marketplace.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What was sold, order by order (orders not cancelled), for the sales history and forecasts. */
@Repository
public class Sales {

    /** A product's name and unit, as its seller sees it. */
    public record ProductName(String name, String unit) {
    }

    /** A quantity of one product in an order placed at {@code placedAt}. */
    public record Sold(OffsetDateTime placedAt, long quantity) {
    }

    /** A quantity of a product of a shop in an order placed at {@code placedAt}. */
    public record SoldOfShop(UUID productId, OffsetDateTime placedAt, long quantity) {
    }

    /** An order of a shop of an organisation, with its total. */
    public record Sale(UUID organisationId, OffsetDateTime placedAt, long totalVnd) {
    }

    private final JdbcClient jdbc;

    Sales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProductName> product(UUID shopId, UUID productId) {
        return jdbc.sql("select name, unit from products where id = ? and shop_id = ?").params(productId, shopId)
                .query((rs, n) -> new ProductName(rs.getString(1), rs.getString(2))).optional();
    }

    /** Each line of the product in the shop's orders placed from {@code from} (inclusive) to {@code to}. */
    public void forEachOfProduct(UUID shopId, UUID productId, OffsetDateTime from, OffsetDateTime to,
                                 Consumer<Sold> consumer) {
        jdbc.sql("""
                select o.placed_at, l.quantity from order_lines l join orders o on o.id = l.order_id
                where l.product_id = ? and o.shop_id = ? and o.status <> 'CANCELLED'
                  and o.placed_at >= ? and o.placed_at < ?""")
                .params(productId, shopId, from, to)
                .query(rs -> {
                    consumer.accept(new Sold(rs.getObject(1, OffsetDateTime.class), rs.getLong(2)));
                });
    }

    /** Each line of every product of the shop in its orders placed from {@code from} (inclusive) to {@code to}. */
    public void forEachOfShop(UUID shopId, OffsetDateTime from, OffsetDateTime to, Consumer<SoldOfShop> consumer) {
        jdbc.sql("""
                select l.product_id, o.placed_at, l.quantity from order_lines l join orders o on o.id = l.order_id
                where o.shop_id = ? and o.status <> 'CANCELLED' and o.placed_at >= ? and o.placed_at < ?""")
                .params(shopId, from, to)
                .query(rs -> {
                    consumer.accept(new SoldOfShop(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
                            rs.getLong(3)));
                });
    }

    /** Each order of the organisations' shops placed from {@code from} (inclusive) to {@code to}. */
    public void forEachOfOrganisations(Collection<UUID> organisations, OffsetDateTime from, OffsetDateTime to,
                                       Consumer<Sale> consumer) {
        jdbc.sql("""
                select s.organisation_id, o.placed_at, o.total_vnd from orders o join shops s on s.id = o.shop_id
                where s.organisation_id in (:orgs) and o.status <> 'CANCELLED' and o.placed_at >= :from
                  and o.placed_at < :to""")
                .param("orgs", organisations).param("from", from).param("to", to)
                .query(rs -> {
                    consumer.accept(new Sale(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
                            rs.getLong(3)));
                });
    }
}
