package vn.htxso.marketplace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.marketplace.ReviewView;

/** The buyers' reviews of products and the sellers' replies. */
@Repository
public class Reviews {

    private static final String SELECT = """
            select r.id, r.product_id, p.name as product_name, r.buyer_name, r.stars, r.body, r.reply, r.created_at
            from reviews r join products p on p.id = r.product_id""";

    /** A review to store; {@code body} is {@code null} when the buyer wrote nothing. */
    public record NewReview(UUID id, UUID orderId, UUID productId, UUID shopId, UUID buyerId, String buyerName,
                            int stars, String body, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest 50 reviews of a product, newest first. */
    public List<ReviewView> ofProduct(UUID productId) {
        return jdbc.sql(SELECT + " where r.product_id = ? order by r.created_at desc limit 50").param(productId)
                .query(Reviews::row).list();
    }

    /** The latest 100 reviews of a shop's products, newest first. */
    public List<ReviewView> ofShop(UUID shopId) {
        return jdbc.sql(SELECT + " where r.shop_id = ? order by r.created_at desc limit 100").param(shopId)
                .query(Reviews::row).list();
    }

    /** The products of the order its buyer already reviewed. */
    public List<UUID> productsReviewedIn(UUID orderId) {
        return jdbc.sql("select product_id from reviews where order_id = ?").param(orderId).query(UUID.class).list();
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when the order's product has its review. */
    public void add(NewReview review) {
        jdbc.sql("""
                insert into reviews (id, order_id, product_id, shop_id, buyer_id, buyer_name, stars, body, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(review.id(), review.orderId(), review.productId(), review.shopId(), review.buyerId(),
                        review.buyerName(), review.stars(), review.body(), review.createdAt())
                .update();
    }

    public Optional<UUID> shopOf(UUID reviewId) {
        return jdbc.sql("select shop_id from reviews where id = ?").param(reviewId).query(UUID.class).optional();
    }

    public void reply(UUID reviewId, String reply, OffsetDateTime at) {
        jdbc.sql("update reviews set reply = ?, replied_at = ? where id = ?").params(reply, at, reviewId).update();
    }

    private static ReviewView row(ResultSet rs, int n) throws SQLException {
        return new ReviewView(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
                rs.getString("product_name"), rs.getString("buyer_name"), rs.getInt("stars"), rs.getString("body"),
                rs.getString("reply"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
