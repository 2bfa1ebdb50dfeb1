package vn.htxso.marketplace;

import java.util.UUID;

/** An order was handed to the carrier. */
public record OrderShipped(OrderId orderId, String code, UUID shopId, UUID buyerId, long totalVnd) {
}
