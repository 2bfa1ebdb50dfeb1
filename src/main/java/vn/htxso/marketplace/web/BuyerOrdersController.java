package vn.htxso.marketplace.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Checkout;
import vn.htxso.marketplace.ShopView;
import vn.htxso.marketplace.Fulfilment;
import vn.htxso.marketplace.OrderStatus;
import vn.htxso.marketplace.OrderView;
import vn.htxso.marketplace.PaymentMethod;
import vn.htxso.marketplace.PaymentQr;
import vn.htxso.marketplace.Reviewing;
import vn.htxso.platform.QrCodes;
import vn.htxso.platform.CurrentUser;

/** A buyer's orders; the order page (shared with its seller) with the VietQR code, actions and reviews. */
@Controller
class BuyerOrdersController {

    private final Fulfilment fulfilment;
    private final Checkout checkout;
    private final Reviewing reviewing;
    private final Catalogue catalogue;

    BuyerOrdersController(Fulfilment fulfilment, Checkout checkout, Reviewing reviewing, Catalogue catalogue) {
        this.catalogue = catalogue;
        this.fulfilment = fulfilment;
        this.checkout = checkout;
        this.reviewing = reviewing;
    }

    @GetMapping("/market/orders")
    String orders(CurrentUser user, Model model) {
        model.addAttribute("orders", fulfilment.ordersOfBuyer(user));
        return "marketplace/orders";
    }

    @GetMapping("/market/orders/{id}")
    String order(CurrentUser user, @PathVariable String id, Model model) {
        UUID orderId = Ids.parse(id);
        OrderView order = fulfilment.order(user, orderId);
        model.addAttribute("order", order);
        boolean buyer = order.buyerId().equals(user.id());
        model.addAttribute("isBuyer", buyer);
        model.addAttribute("isSeller", fulfilment.isSeller(user, orderId));
        if (order.paymentMethod() == PaymentMethod.VIETQR && order.status() != OrderStatus.CANCELLED
                && order.paidAt() == null) {
            PaymentQr qr = checkout.paymentQr(user, orderId);
            model.addAttribute("qr", qr);
            model.addAttribute("bankName", NapasBanks.label(qr.bankBin()));
            model.addAttribute("accountHolder", qr.accountName());
        }
        boolean reviewable = buyer && (order.status() == OrderStatus.DELIVERED || order.status() == OrderStatus.COMPLETED);
        model.addAttribute("reviewable", reviewable);
        model.addAttribute("reviewed", reviewable ? reviewing.reviewedProducts(orderId) : java.util.List.of());
        return "marketplace/order";
    }

    @GetMapping("/market/orders/{id}/qr.png")
    ResponseEntity<byte[]> qr(CurrentUser user, @PathVariable String id) {
        PaymentQr qr = checkout.paymentQr(user, Ids.parse(id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(qr.payload(), 280));
    }

    /** Cancelling cannot be undone: the buyer (or its seller) confirms on this page first, JavaScript or not. */
    @GetMapping({"/market/orders/{id}/cancel", "/market/seller/orders/{id}/cancel"})
    String confirmCancel(CurrentUser user, @PathVariable String id, jakarta.servlet.http.HttpServletRequest request,
                         Model model) {
        UUID orderId = Ids.parse(id);
        OrderView order = fulfilment.order(user, orderId);
        boolean asSeller = request.getRequestURI().contains("/seller/");
        if (asSeller ? !fulfilment.isSeller(user, orderId) : !order.buyerId().equals(user.id())) {
            throw new vn.htxso.platform.NotFound("order");
        }
        model.addAttribute("order", order);
        model.addAttribute("asSeller", asSeller);
        model.addAttribute("action", (asSeller ? "/market/seller/orders/" : "/market/orders/") + orderId + "/cancel");
        return "marketplace/order-cancel";
    }

    @PostMapping("/market/orders/{id}/cancel")
    String cancel(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String reason,
                  RedirectAttributes flash) {
        fulfilment.cancel(user, Ids.parse(id), reason);
        flash.addFlashAttribute("flash", "marketplace.order.cancelled");
        return "redirect:/market/orders/" + id;
    }

    @PostMapping("/market/orders/{id}/complete")
    String complete(CurrentUser user, @PathVariable String id, RedirectAttributes flash) {
        fulfilment.complete(user, Ids.parse(id));
        flash.addFlashAttribute("flash", "marketplace.order.completedDone");
        return "redirect:/market/orders/" + id;
    }

    @PostMapping("/market/orders/{id}/reviews")
    String review(CurrentUser user, @PathVariable String id, @RequestParam String productId,
                  @RequestParam(defaultValue = "0") String stars, @RequestParam(required = false) String body,
                  RedirectAttributes flash, HttpServletResponse response) {
        reviewing.review(user, Ids.parse(id), Ids.parse(productId), MarketController.number(stars), body);
        flash.addFlashAttribute("flash", "marketplace.review.thanks");
        return "redirect:/market/orders/" + id;
    }
}
