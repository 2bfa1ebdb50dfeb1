package vn.htxso.marketplace;

import java.util.UUID;

/** An order was cancelled (stock returned). */
public record OrderCancelled(OrderId orderId, String code, UUID shopId, UUID buyerId, long totalVnd) {
}
