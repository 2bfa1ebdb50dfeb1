package vn.htxso.marketplace.web;

import java.io.IOException;
import java.util.ArrayList;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.Fulfilment;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.ProductImport;
import vn.htxso.marketplace.OrderStatus;
import vn.htxso.marketplace.ProductMaintenance;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.ProductMaintenance.PriceStockEdit;
import vn.htxso.marketplace.ProductMaintenance.RowProblem;
import vn.htxso.marketplace.Reviewing;
import vn.htxso.marketplace.SellerDashboard;
import vn.htxso.marketplace.SellerPanels;
import vn.htxso.marketplace.ShopAdministration;
import vn.htxso.marketplace.ShopView;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;

/** Seller pages, phone first: shops, dashboard, orders to handle, products (bulk editor, import, photos). */
@Controller
class SellerController {

    private final ShopAdministration shops;
    private final SellerDashboard dashboard;
    private final Catalogue catalogue;
    private final ProductMaintenance maintenance;
    private final ProductImport productImport;
    private final Fulfilment fulfilment;
    private final Reviewing reviewing;
    private final List<SellerPanels> panels;

    SellerController(ShopAdministration shops, SellerDashboard dashboard, Catalogue catalogue,
                     ProductMaintenance maintenance, ProductImport productImport, Fulfilment fulfilment,
                     Reviewing reviewing, List<SellerPanels> panels) {
        this.panels = panels;
        this.shops = shops;
        this.dashboard = dashboard;
        this.catalogue = catalogue;
        this.maintenance = maintenance;
        this.productImport = productImport;
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

    @GetMapping("/market/seller/shops/{id}/products")
    String products(CurrentUser user, @PathVariable String id, Model model) {
        UUID shopId = Ids.parse(id);
        return productsPage(user, shopId, model);
    }

    private String productsPage(CurrentUser user, UUID shopId, Model model) {
        model.addAttribute("shop", shops.shopForSeller(user, shopId));
        model.addAttribute("products", catalogue.sellerProducts(user, shopId));
        return "marketplace/seller-products";
    }

    /** The bulk editor: fields {@code id}, {@code version}, {@code price}, {@code stock} repeated per row. */
    @PostMapping("/market/seller/shops/{id}/products/bulk")
    String bulk(CurrentUser user, @PathVariable String id, @RequestParam(name = "id", required = false) List<String> ids,
                @RequestParam(name = "version", required = false) List<String> versions,
                @RequestParam(name = "price", required = false) List<String> prices,
                @RequestParam(name = "stock", required = false) List<String> stocks, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        UUID shopId = Ids.parse(id);
        List<PriceStockEdit> edits = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        int rows = ids == null ? 0 : ids.size();
        for (int i = 0; i < rows; i++) {
            UUID productId = Ids.parse(ids.get(i));
            Long version = whole(at(versions, i));
            Long price = whole(at(prices, i));
            Long stock = whole(at(stocks, i));
            if (version == null || price == null || stock == null) {
                problems.add(new RowProblem(i + 1, productId, "marketplace.bulk.notWhole", new Object[0]));
                continue;
            }
            edits.add(new PriceStockEdit(i + 1, productId, version, price, stock));
        }
        problems.addAll(maintenance.bulkUpdate(user, shopId, edits));
        if (problems.isEmpty()) {
            flash.addFlashAttribute("flash", "marketplace.bulk.saved");
            return "redirect:/market/seller/shops/" + shopId + "/products";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problems", problems);
        model.addAttribute("saved", edits.size() - problems.stream().filter(p -> edits.stream()
                .anyMatch(e -> e.row() == p.row())).count());
        return products(user, id, model);
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }

    private static Long whole(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.matches("\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", "");
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GetMapping("/market/seller/shops/{id}/products/new")
    String newProduct(CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("form", new ProductForm());
        return productForm(user, Ids.parse(id), model);
    }

    @PostMapping("/market/seller/shops/{id}/products")
    String create(CurrentUser user, @PathVariable String id, @Valid @ModelAttribute("form") ProductForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        UUID shopId = Ids.parse(id);
        return FormSubmission.of(result, response)
                .onFailure(() -> productForm(user, shopId, model))
                .submit(() -> {
                    catalogue.addProduct(user, shopId, new NewProduct(form.getName(), form.getDescription(),
                            form.getCategory(), form.getUnit(), form.getPriceVnd().longValueExact(),
                            form.getStock().intValueExact(),
                            form.getWeightGrams() == null ? null : form.getWeightGrams().intValueExact()));
                    flash.addFlashAttribute("flash", "marketplace.product.created");
                    return "redirect:/market/seller/shops/" + shopId + "/products";
                });
    }

    private String productForm(CurrentUser user, UUID shopId, Model model) {
        model.addAttribute("shop", shops.shopForSeller(user, shopId));
        model.addAttribute("categories", Category.values());
        return "marketplace/seller-product-form";
    }

    @PostMapping("/market/seller/products/{id}/photo")
    String photo(CurrentUser user, @PathVariable String id, @RequestParam("photo") MultipartFile photo,
                 Model model, HttpServletResponse response, RedirectAttributes flash) throws IOException {
        // the product is the one source of its shop: the form sends no shop id
        ProductView product = catalogue.sellerProduct(user, Ids.parse(id));
        return FormSubmission.of(model, response)
                .onFailure(() -> productsPage(user, product.shopId(), model))
                .submit(() -> {
                    maintenance.uploadPhoto(user, product.id(), photo.getBytes());
                    flash.addFlashAttribute("flash", "marketplace.photo.saved");
                    return "redirect:/market/seller/shops/" + product.shopId() + "/products";
                });
    }

    @GetMapping("/market/seller/shops/{id}/import")
    String importPage(CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("shop", shops.shopForSeller(user, Ids.parse(id)));
        return "marketplace/seller-import";
    }

    @PostMapping("/market/seller/shops/{id}/import")
    String importFile(CurrentUser user, @PathVariable String id, @RequestParam("file") MultipartFile file,
                      @RequestParam(defaultValue = "false") boolean dryRun, Model model,
                      HttpServletResponse response) throws IOException {
        UUID shopId = Ids.parse(id);
        ProductImport.Result result = productImport.importCsv(user, shopId, file.getInputStream(), dryRun);
        if (result.rejected() > 0 || !result.errors().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("result", result);
        return importPage(user, id, model);
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
