package vn.htxso.marketplace.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.marketplace.BuyerMemory;
import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Checkout;
import vn.htxso.marketplace.OrderView;
import vn.htxso.marketplace.PaymentMethod;
import vn.htxso.marketplace.PlaceOrder;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.Role;

/**
 * Checkout of the basket: one order per shop, address, COD or VietQR. A hidden key in the form makes a double
 * submit return the same orders.
 */
@Controller
class CheckoutController {

    private final Catalogue catalogue;
    private final Checkout checkout;
    private final AdminUnits adminUnits;
    private final BuyerMemory memory;

    CheckoutController(Catalogue catalogue, Checkout checkout, AdminUnits adminUnits, BuyerMemory memory) {
        this.catalogue = catalogue;
        this.checkout = checkout;
        this.adminUnits = adminUnits;
        this.memory = memory;
    }

    @GetMapping("/market/checkout")
    String form(CurrentUser user, HttpSession session, Model model) {
        PricedCart basket = PricedCart.of(Carts.of(session, user, memory), catalogue);
        if (basket.isEmpty()) {
            return "redirect:/market/cart";
        }
        CheckoutForm form = new CheckoutForm();
        form.setName(user.displayName());
        memory.lastAddress(user).ifPresent(a -> {
            form.setName(a.name());
            form.setPhone(a.phone());
            form.setProvinceCode(a.provinceCode());
            form.setCommuneName(a.communeName());
            form.setStreet(a.street());
        });
        form.setIdempotencyKey(UUID.randomUUID().toString());
        model.addAttribute("form", form);
        return page(user, basket, form, model);
    }

    /**
     * Fees and totals for the province chosen so far, without placing anything: the whole page without JavaScript
     * (the "see fees" button), the quote fragment for htmx when the province changes.
     */
    @PostMapping(path = "/market/checkout", params = "quote")
    String quote(CurrentUser user, HttpSession session, @ModelAttribute("form") CheckoutForm form,
                 @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
                 HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        PricedCart basket = PricedCart.of(Carts.of(session, user, memory), catalogue);
        if (basket.isEmpty()) {
            return "redirect:/market/cart";
        }
        page(user, basket, form, model);
        return htmx ? "marketplace/checkout :: quote" : "marketplace/checkout";
    }

    @PostMapping("/market/checkout")
    String place(CurrentUser user, HttpSession session, @Valid @ModelAttribute("form") CheckoutForm form,
                 BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Cart cart = Carts.of(session, user, memory);
        PricedCart basket = PricedCart.of(cart, catalogue);
        if (basket.isEmpty()) {
            return "redirect:/market/cart";
        }
        if (!result.hasFieldErrors("provinceCode") && !adminUnits.isProvince(form.getProvinceCode())) {
            result.rejectValue("provinceCode", "marketplace.checkout.province.invalid");
        }
        return FormSubmission.of(result, response)
                .onFailure(() -> page(user, basket, form, model))
                .submit(() -> {
                    List<PlaceOrder> requests = new ArrayList<>();
                    for (PricedCart.ShopPart part : basket.shops()) {
                        requests.add(new PlaceOrder(part.lines().stream()
                                .map(l -> new PlaceOrder.Item(l.product().id(), l.quantity())).toList(),
                                form.getPaymentMethod(), new PlaceOrder.ShippingAddress(form.getName(),
                                form.getPhone(), form.getProvinceCode(), form.getCommuneName(), form.getStreet())));
                    }
                    List<OrderView> placed = checkout.placeAll(user, form.getIdempotencyKey(), requests);
                    cart.clear();
                    Carts.changed(session, cart, user, memory);
                    flash.addFlashAttribute("flash", "marketplace.checkout.placed");
                    flash.addFlashAttribute("flashArgs", new Object[] {placed.size()});
                    return placed.size() == 1 ? "redirect:/market/orders/" + placed.get(0).id()
                            : "redirect:/market/orders";
                });
    }

    private String page(CurrentUser user, PricedCart basket, CheckoutForm form, Model model) {
        model.addAttribute("basket", basket);
        model.addAttribute("quote", CheckoutQuote.of(basket, form.getProvinceCode(), checkout, catalogue, adminUnits));
        model.addAttribute("provinces", adminUnits.provinces());
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("canBuy", user != null && user.has(Role.BUYER));
        return "marketplace/checkout";
    }
}
