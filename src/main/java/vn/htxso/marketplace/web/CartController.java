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

import vn.htxso.marketplace.Catalogue;
import vn.htxso.platform.NotFound;

/** The basket: guests too (kept in the session); quantities only, prices come from the server. */
@Controller
class CartController {

    private final Catalogue catalogue;

    CartController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/market/cart")
    String cart(HttpSession session, Model model) {
        Cart cart = Cart.peek(session);
        PricedCart basket = PricedCart.of(cart, catalogue);
        basket.gone().forEach(cart::remove);
        model.addAttribute("basket", basket);
        return "marketplace/cart";
    }

    @PostMapping("/market/cart/lines")
    String add(HttpSession session, @RequestParam String productId, @RequestParam(defaultValue = "1") String quantity,
               RedirectAttributes flash) {
        var product = catalogue.publicProduct(Ids.parse(productId)).orElseThrow(() -> new NotFound("product"));
        int n = Math.max(1, Math.min(Cart.MAX_QUANTITY, MarketController.number(quantity)));
        Cart.of(session).add(product.id(), n);
        flash.addFlashAttribute("flash", "marketplace.cart.added");
        flash.addFlashAttribute("flashArgs", new Object[] {product.name()});
        return "redirect:/market/cart";
    }

    /** Without JavaScript a redirect to the cart; with htmx ({@code HX-Request}) the updated basket fragment. */
    @PostMapping("/market/cart/lines/{id}")
    String update(HttpSession session, @PathVariable String id, @RequestParam(defaultValue = "0") String quantity,
                  @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
                  HttpServletResponse response) {
        Cart.of(session).set(Ids.parse(id), MarketController.number(quantity));
        return answer(session, htmx, model, response);
    }

    @PostMapping("/market/cart/lines/{id}/remove")
    String remove(HttpSession session, @PathVariable String id,
                  @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
                  HttpServletResponse response) {
        Cart.of(session).remove(Ids.parse(id));
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
