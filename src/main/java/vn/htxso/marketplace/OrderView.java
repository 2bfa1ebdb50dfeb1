package vn.htxso.marketplace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the buyer and the seller see it. */
public record OrderView(UUID id, String code, UUID shopId, String shopName, UUID buyerId, OrderStatus status,
                        PaymentMethod paymentMethod, Instant paidAt, long subtotalVnd, long deliveryFeeVnd,
                        long totalVnd, String shipName, String shipPhone, String shipProvince, String shipCommune,
                        String shipStreet, String cancelReason, Instant placedAt, List<Line> lines) {

    public record Line(UUID productId, String productName, String unit, long unitPriceVnd, int quantity,
                       long lineTotalVnd) {
    }

    public boolean isPaid() {
        return paidAt != null;
    }
}
