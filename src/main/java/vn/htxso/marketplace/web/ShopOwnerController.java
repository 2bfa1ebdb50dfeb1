package vn.htxso.marketplace.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.marketplace.ShopOwners;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;

/** The alliance officer's page that links a household shop to its owner's account. */
@Controller
class ShopOwnerController {

    private final ShopOwners owners;

    ShopOwnerController(ShopOwners owners) {
        this.owners = owners;
    }

    /** The owner's user name, as the member signs in with it. */
    public static class OwnerForm {
        @NotBlank(message = "{marketplace.owner.required}")
        @Size(max = 120, message = "{marketplace.owner.unknown}")
        private String username;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
    }

    @GetMapping("/market/admin/shops/{id}/owner")
    String page(CurrentUser admin, @PathVariable UUID id, Model model) {
        ShopOwners.ShopOwner owner = owners.owner(admin, id);
        OwnerForm form = new OwnerForm();
        form.setUsername(owner.ownerUsername());
        model.addAttribute("form", form);
        return page(owner, model);
    }

    @PostMapping("/market/admin/shops/{id}/owner")
    String link(CurrentUser admin, @PathVariable UUID id, @Valid @ModelAttribute("form") OwnerForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        ShopOwners.ShopOwner current = owners.owner(admin, id);
        return FormSubmission.of(result, response)
                .onFailure(() -> page(current, model))
                .submit(() -> {
                    ShopOwners.ShopOwner linked = owners.link(admin, id, form.getUsername());
                    flash.addFlashAttribute("flash", "marketplace.owner.linked");
                    flash.addFlashAttribute("flashArgs", new Object[] {linked.shopName(), linked.ownerName()});
                    return "redirect:/market/admin/shops/" + id + "/owner";
                });
    }

    private String page(ShopOwners.ShopOwner owner, Model model) {
        model.addAttribute("owner", owner);
        return "marketplace/admin-shop-owner";
    }
}
