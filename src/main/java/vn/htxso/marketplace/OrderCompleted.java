package vn.htxso.marketplace;

import java.util.UUID;

/** An order was completed. */
public record OrderCompleted(OrderId orderId, String code, UUID shopId, UUID buyerId, long totalVnd) {
}
