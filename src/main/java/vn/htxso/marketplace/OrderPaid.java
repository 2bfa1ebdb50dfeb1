package vn.htxso.marketplace;

import java.util.UUID;

/** An order was paid by transfer. */
public record OrderPaid(OrderId orderId, String code, UUID shopId, UUID buyerId, long totalVnd) {
}
