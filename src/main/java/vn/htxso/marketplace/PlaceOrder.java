package vn.htxso.marketplace;

import java.util.List;
import java.util.UUID;

/** A buyer's order to one shop: products and quantities only; prices, fee and total come from the server. */
public record PlaceOrder(List<Item> items, PaymentMethod paymentMethod, ShippingAddress address) {

    public record Item(UUID productId, int quantity) {
    }

    public record ShippingAddress(String name, String phone, String provinceCode, String communeName,
                                  String street) {
    }
}
