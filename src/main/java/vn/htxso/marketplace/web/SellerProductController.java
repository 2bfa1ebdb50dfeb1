package vn.htxso.marketplace.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.ProductEditing;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.ShopAdministration;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;

/** One product on its seller's phone: every field in one column, the photo, and hiding it from buyers. */
@Controller
class SellerProductController {

    private final ProductEditing editing;
    private final ShopAdministration shops;
    private final java.util.List<vn.htxso.marketplace.ProductPanels> panels;

    SellerProductController(ProductEditing editing, ShopAdministration shops,
                            java.util.List<vn.htxso.marketplace.ProductPanels> panels) {
        this.editing = editing;
        this.shops = shops;
        this.panels = panels;
    }

    @GetMapping("/market/seller/products/{id}")
    String page(CurrentUser user, @PathVariable String id, Model model) {
        ProductEditing.EditableProduct editable = editing.editable(user, Ids.parse(id));
        ProductView p = editable.product();
        ProductForm form = new ProductForm();
        form.setVersion(p.version());
        form.setName(p.name());
        form.setDescription(p.description());
        form.setCategory(p.category());
        form.setUnit(p.unit());
        form.setPriceVnd(java.math.BigDecimal.valueOf(p.priceVnd()));
        form.setStock(java.math.BigDecimal.valueOf(p.stock()));
        form.setWeightGrams(p.weightGrams() == null ? null : java.math.BigDecimal.valueOf(p.weightGrams()));
        form.setHidden(editable.hidden());
        model.addAttribute("form", form);
        return page(user, editable, model);
    }

    private String page(CurrentUser user, ProductEditing.EditableProduct editable, Model model) {
        model.addAttribute("product", editable.product());
        model.addAttribute("shop", shops.shopForSeller(user, editable.product().shopId()));
        model.addAttribute("categories", Category.values());
        model.addAttribute("panels", panels.stream()
                .flatMap(p -> p.panels(user, editable.product()).stream()).toList());
        return "marketplace/seller-product-edit";
    }

    @PostMapping("/market/seller/products/{id}")
    String save(CurrentUser user, @PathVariable String id, @Valid @ModelAttribute("form") ProductForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        var productId = Ids.parse(id);
        ProductEditing.EditableProduct editable = editing.editable(user, productId);
        if (form.getVersion() == null) {
            result.reject("marketplace.product.changedMeanwhile");
        }
        return FormSubmission.of(result, response)
                .onFailure(() -> page(user, editable, model))
                .submit(() -> {
                    editing.edit(user, productId, new ProductEditing.ProductEdit(form.getVersion(), form.getName(),
                            form.getDescription(), form.getCategory(), form.getUnit(),
                            form.getPriceVnd().longValueExact(), form.getStock().longValueExact(),
                            form.getWeightGrams() == null ? null : form.getWeightGrams().intValueExact(),
                            form.isHidden()));
                    flash.addFlashAttribute("flash", form.isHidden() ? "marketplace.product.savedHidden"
                            : "marketplace.product.saved");
                    return "redirect:/market/seller/products/" + productId;
                });
    }
}
