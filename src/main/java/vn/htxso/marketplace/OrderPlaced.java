package vn.htxso.marketplace;

import java.util.UUID;

/** An order was placed. */
public record OrderPlaced(OrderId orderId, String code, UUID shopId, UUID buyerId, long totalVnd) {
}
