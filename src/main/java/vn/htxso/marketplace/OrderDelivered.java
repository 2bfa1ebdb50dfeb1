package vn.htxso.marketplace;

import java.util.UUID;

/** An order was delivered to the buyer. */
public record OrderDelivered(OrderId orderId, String code, UUID shopId, UUID buyerId, long totalVnd) {
}
