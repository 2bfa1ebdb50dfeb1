package vn.htxso.marketplace;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** An order was placed. */
@Externalized("htxso.events::marketplace.order.placed")
public record OrderPlaced(OrderId orderId, String code, UUID shopId, UUID buyerId, long totalVnd) {
}
