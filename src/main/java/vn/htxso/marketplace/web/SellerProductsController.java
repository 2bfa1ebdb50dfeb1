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
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.ProductImport;
import vn.htxso.marketplace.ProductMaintenance;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.ProductMaintenance.PriceStockEdit;
import vn.htxso.marketplace.ProductMaintenance.RowProblem;
import vn.htxso.marketplace.ShopAdministration;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;

/**
 * A shop's products on its seller's phone: the list with its bulk price and stock editor, a new product, photos,
 * the CSV import.
 */
@Controller
class SellerProductsController {

    private final ShopAdministration shops;
    private final Catalogue catalogue;
    private final ProductMaintenance maintenance;
    private final ProductImport productImport;

    SellerProductsController(ShopAdministration shops, Catalogue catalogue, ProductMaintenance maintenance,
                             ProductImport productImport) {
        this.shops = shops;
        this.catalogue = catalogue;
        this.maintenance = maintenance;
        this.productImport = productImport;
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
                 @RequestParam(required = false) String from, Model model, HttpServletResponse response,
                 RedirectAttributes flash) throws IOException {
        // the product is the one source of its shop: the form sends no shop id
        ProductView product = catalogue.sellerProduct(user, Ids.parse(id));
        return FormSubmission.of(model, response)
                .onFailure(() -> productsPage(user, product.shopId(), model))
                .submit(() -> {
                    maintenance.uploadPhoto(user, product.id(), photo.getBytes());
                    flash.addFlashAttribute("flash", "marketplace.photo.saved");
                    return "product".equals(from) ? "redirect:/market/seller/products/" + product.id()
                            : "redirect:/market/seller/shops/" + product.shopId() + "/products";
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
}
