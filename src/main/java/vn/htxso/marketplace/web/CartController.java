package vn.htxso.marketplace.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.marketplace.BuyerMemory;
import vn.htxso.marketplace.Catalogue;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;

/** The basket: guests too (kept in the session); quantities only, prices come from the server. */
@Controller
class CartController {

    private final Catalogue catalogue;
    private final BuyerMemory memory;

    CartController(Catalogue catalogue, BuyerMemory memory) {
        this.catalogue = catalogue;
        this.memory = memory;
    }

    @GetMapping("/market/cart")
    String cart(CurrentUser user, HttpSession session, Model model) {
        Cart cart = Carts.of(session, user, memory);
        PricedCart basket = PricedCart.of(cart, catalogue);
        basket.gone().forEach(cart::remove);
        if (!basket.gone().isEmpty()) {
            Carts.changed(session, cart, user, memory);
        }
        model.addAttribute("basket", basket);
        return "marketplace/cart";
    }

    @PostMapping("/market/cart/lines")
    String add(CurrentUser user, HttpSession session, @RequestParam String productId, @RequestParam(defaultValue = "1") String quantity,
               RedirectAttributes flash) {
        var product = catalogue.publicProduct(Ids.parse(productId)).orElseThrow(() -> new NotFound("product"));
        int n = Math.max(1, Math.min(Cart.MAX_QUANTITY, MarketController.number(quantity)));
        Cart cart = Carts.of(session, user, memory);
        cart.add(product.id(), n);
        Carts.changed(session, cart, user, memory);
        flash.addFlashAttribute("flash", "marketplace.cart.added");
        flash.addFlashAttribute("flashArgs", new Object[] {product.name()});
        return "redirect:/market/cart";
    }

    /** Without JavaScript a redirect to the cart; with htmx ({@code HX-Request}) the updated basket fragment. */
    @PostMapping("/market/cart/lines/{id}")
    String update(CurrentUser user, HttpSession session, @PathVariable String id, @RequestParam(defaultValue = "0") String quantity,
                  @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
                  HttpServletResponse response) {
        Cart cart = Carts.of(session, user, memory);
        cart.set(Ids.parse(id), MarketController.number(quantity));
        Carts.changed(session, cart, user, memory);
        return answer(session, htmx, model, response);
    }

    @PostMapping("/market/cart/lines/{id}/remove")
    String remove(CurrentUser user, HttpSession session, @PathVariable String id,
                  @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
                  HttpServletResponse response) {
        Cart cart = Carts.of(session, user, memory);
        cart.remove(Ids.parse(id));
        Carts.changed(session, cart, user, memory);
        return answer(session, htmx, model, response);
    }

    private String answer(HttpSession session, boolean htmx, Model model, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        if (!htmx) {
            return "redirect:/market/cart";
        }
        model.addAttribute("basket", PricedCart.of(Cart.peek(session), catalogue));
        return "marketplace/cart :: basket";
    }
}
