package vn.htxso.marketplace.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.marketplace.Checkout;
import vn.htxso.marketplace.Fulfilment;
import vn.htxso.marketplace.OrderStatus;
import vn.htxso.marketplace.OrderView;
import vn.htxso.marketplace.PaymentMethod;
import vn.htxso.marketplace.PaymentQr;
import vn.htxso.marketplace.PlaceOrder;
import vn.htxso.platform.QrCodes;
import vn.htxso.platform.CurrentUser;

/** Buyers place orders; buyer and seller read an order and its VietQR transfer. */
@RestController
@RequestMapping("/api/v1/orders")
class OrdersApiController {

    private final Checkout checkout;
    private final Fulfilment fulfilment;

    OrdersApiController(Checkout checkout, Fulfilment fulfilment) {
        this.checkout = checkout;
        this.fulfilment = fulfilment;
    }

    @PostMapping
    ResponseEntity<OrderResponse> place(CurrentUser user,
                                        @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                        @Valid @RequestBody PlaceOrderRequest body) {
        OrderView order = checkout.place(user, key, body.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id())).body(OrderResponse.of(order));
    }

    @GetMapping("/{id}")
    OrderView order(CurrentUser user, @PathVariable String id) {
        return fulfilment.order(user, Ids.parse(id));
    }

    @GetMapping(path = "/{id}/payment-qr", produces = MediaType.APPLICATION_JSON_VALUE)
    PaymentQr paymentQr(CurrentUser user, @PathVariable String id) {
        return checkout.paymentQr(user, Ids.parse(id));
    }

    @GetMapping(path = "/{id}/payment-qr", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> paymentQrImage(CurrentUser user, @PathVariable String id) {
        PaymentQr qr = checkout.paymentQr(user, Ids.parse(id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrCodes.png(qr.payload(), 320));
    }

    record OrderResponse(UUID id, String code, OrderStatus status, long totalVnd, PaymentMethod paymentMethod) {
        static OrderResponse of(OrderView o) {
            return new OrderResponse(o.id(), o.code(), o.status(), o.totalVnd(), o.paymentMethod());
        }
    }

    record PlaceOrderRequest(
            @NotEmpty(message = "{marketplace.order.items.required}")
            @Size(max = 50, message = "{marketplace.order.items.size}") List<@Valid @NotNull ItemRequest> items,
            @NotNull(message = "{marketplace.order.paymentMethod.required}") PaymentMethod paymentMethod,
            @NotNull(message = "{marketplace.checkout.address.required}") @Valid AddressRequest shippingAddress) {

        PlaceOrder toCommand() {
            return new PlaceOrder(items.stream().map(i -> new PlaceOrder.Item(i.productId(),
                    i.quantity().intValueExact())).toList(), paymentMethod,
                    new PlaceOrder.ShippingAddress(shippingAddress.name(), shippingAddress.phone(),
                            shippingAddress.provinceCode(), shippingAddress.communeName(),
                            shippingAddress.street()));
        }
    }

    record ItemRequest(@NotNull(message = "{marketplace.order.productId.required}") UUID productId,
                       @NotNull(message = "{marketplace.order.quantity.invalid}")
                       @DecimalMin(value = "1", message = "{marketplace.order.quantity.invalid}")
                       @Digits(integer = 5, fraction = 0, message = "{marketplace.order.quantity.invalid}")
                       BigDecimal quantity) {
    }

    record AddressRequest(@NotBlank(message = "{marketplace.checkout.name.required}")
                          @Size(max = 120, message = "{marketplace.checkout.name.size}") @vn.htxso.platform.PlainName String name,
                          @NotBlank(message = "{marketplace.checkout.phone.required}")
                          @Pattern(regexp = CheckoutForm.PHONE, message = "{marketplace.checkout.phone.invalid}")
                          String phone,
                          @NotBlank(message = "{marketplace.checkout.province.invalid}") String provinceCode,
                          @NotBlank(message = "{marketplace.checkout.commune.required}")
                          @Size(max = 120, message = "{marketplace.checkout.commune.size}") String communeName,
                          @NotBlank(message = "{marketplace.checkout.street.required}")
                          @Size(max = 200, message = "{marketplace.checkout.street.size}") String street) {
    }
}
