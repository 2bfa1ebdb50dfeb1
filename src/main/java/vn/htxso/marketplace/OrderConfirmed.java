package vn.htxso.marketplace;

import java.util.UUID;

/** An order was confirmed by the seller. */
public record OrderConfirmed(OrderId orderId, String code, UUID shopId, UUID buyerId, long totalVnd) {
}
