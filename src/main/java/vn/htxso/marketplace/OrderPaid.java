package vn.htxso.marketplace;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** An order was paid by transfer. */
@Externalized("htxso.events::marketplace.order.paid")
public record OrderPaid(OrderId orderId, String code, UUID shopId, UUID buyerId, long totalVnd) {
}
