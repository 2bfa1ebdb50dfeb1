package vn.htxso.marketplace.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.marketplace.Fulfilment;
import vn.htxso.marketplace.OrderStatus;
import vn.htxso.marketplace.Reviewing;
import vn.htxso.marketplace.SellerDashboard;
import vn.htxso.marketplace.SellerPanels;
import vn.htxso.marketplace.ShopAdministration;
import vn.htxso.marketplace.ShopView;
import vn.htxso.platform.CurrentUser;

/**
 * Seller pages, phone first: shops, dashboard, orders to handle, reviews. A shop's products have their own
 * controller ({@link SellerProductsController}).
 */
@Controller
class SellerController {

    private final ShopAdministration shops;
    private final SellerDashboard dashboard;
    private final Fulfilment fulfilment;
    private final Reviewing reviewing;
    private final List<SellerPanels> panels;

    SellerController(ShopAdministration shops, SellerDashboard dashboard, Fulfilment fulfilment,
                     Reviewing reviewing, List<SellerPanels> panels) {
        this.panels = panels;
        this.shops = shops;
        this.dashboard = dashboard;
        this.fulfilment = fulfilment;
        this.reviewing = reviewing;
    }

    @GetMapping("/market/seller")
    String home(CurrentUser user, Model model) {
        List<ShopView> mine = shops.sellerShops(user);
        if (mine.size() == 1) {
            return "redirect:/market/seller/shops/" + mine.get(0).id();
        }
        model.addAttribute("shops", mine);
        return "marketplace/seller-home";
    }

    @GetMapping("/market/seller/shops/new")
    String newShop(CurrentUser user, Model model) {
        model.addAttribute("form", new ShopForm());
        model.addAttribute("editing", false);
        return "marketplace/seller-shop-form";
    }

    @GetMapping("/market/seller/shops/{id}/settings")
    String settings(CurrentUser user, @PathVariable String id, Model model) {
        ShopView shop = shops.shopForSeller(user, Ids.parse(id));
        model.addAttribute("form", ShopForm.of(shop));
        model.addAttribute("shop", shop);
        model.addAttribute("editing", true);
        return "marketplace/seller-shop-form";
    }

    @PostMapping("/market/seller/shops/{id}/settings")
    String changeSettings(CurrentUser user, @PathVariable String id, @Valid @ModelAttribute("form") ShopForm form,
                          BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        ShopView shop = shops.shopForSeller(user, Ids.parse(id));
        if (!result.hasErrors()) {
            shops.change(user, shop.id(), form.toNewShop());
            flash.addFlashAttribute("flash", "marketplace.shop.changed");
            return "redirect:/market/seller/shops/" + shop.id();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("shop", shop);
        model.addAttribute("editing", true);
        return "marketplace/seller-shop-form";
    }

    @PostMapping("/market/seller/shops")
    String openShop(CurrentUser user, @Valid @ModelAttribute("form") ShopForm form, BindingResult result,
                    Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            ShopView shop = shops.open(user, form.toNewShop());
            flash.addFlashAttribute("flash", "marketplace.shop.opened");
            return "redirect:/market/seller/shops/" + shop.id();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("editing", false);
        return "marketplace/seller-shop-form";
    }

    @GetMapping("/market/seller/shops/{id}")
    String shop(CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("board", dashboard.of(user, Ids.parse(id)));
        model.addAttribute("panels", panels.stream().flatMap(p -> p.panels(user, Ids.parse(id)).stream()).toList());
        return "marketplace/seller-shop";
    }

    @GetMapping("/market/seller/shops/{id}/orders")
    String orders(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String state,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        UUID shopId = Ids.parse(id);
        model.addAttribute("shop", shops.shopForSeller(user, shopId));
        model.addAttribute("result", dashboard.orders(user, shopId, stateOf(state), page));
        model.addAttribute("states", OrderStatus.values());
        return "marketplace/seller-orders";
    }

    /** A state filter from a link; an unknown one shows all orders. */
    private static OrderStatus stateOf(String state) {
        for (OrderStatus s : OrderStatus.values()) {
            if (s.name().equals(state)) {
                return s;
            }
        }
        return null;
    }

    @PostMapping("/market/seller/orders/{id}/{action}")
    String act(CurrentUser user, @PathVariable String id, @PathVariable String action,
               @RequestParam(required = false) String reason, RedirectAttributes flash) {
        UUID orderId = Ids.parse(id);
        switch (action) {
            case "confirm" -> fulfilment.confirm(user, orderId);
            case "ship" -> fulfilment.ship(user, orderId);
            case "deliver" -> fulfilment.deliver(user, orderId);
            case "paid" -> fulfilment.markPaid(user, orderId);
            case "cancel" -> fulfilment.cancel(user, orderId, reason);
            default -> throw new vn.htxso.platform.NotFound("action");
        }
        flash.addFlashAttribute("flash", "marketplace.seller.done." + action);
        return "redirect:/market/orders/" + orderId;
    }

    @GetMapping("/market/seller/shops/{id}/reviews")
    String reviews(CurrentUser user, @PathVariable String id, Model model) {
        UUID shopId = Ids.parse(id);
        model.addAttribute("shop", shops.shopForSeller(user, shopId));
        model.addAttribute("reviews", reviewing.ofShop(shopId));
        return "marketplace/seller-reviews";
    }

    @PostMapping("/market/seller/reviews/{id}/reply")
    String reply(CurrentUser user, @PathVariable String id, @RequestParam String shopId,
                 @RequestParam(required = false) String reply, RedirectAttributes flash) {
        reviewing.reply(user, Ids.parse(id), reply);
        flash.addFlashAttribute("flash", "marketplace.review.replied");
        return "redirect:/market/seller/shops/" + Ids.parse(shopId) + "/reviews";
    }

}
