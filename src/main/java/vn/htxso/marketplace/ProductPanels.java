package vn.htxso.marketplace;

import java.util.List;

import vn.htxso.platform.CurrentUser;

/**
 * Implemented by modules that add a panel to the seller's page of one product (the insights module's listing help)
 * without the marketplace knowing them: each panel names a Thymeleaf template whose fragment {@code panel(model)} is
 * shown under the product's form.
 */
public interface ProductPanels {

    /** Panels for {@code product}, which {@code user} sells (the caller has checked it). */
    List<SellerPanels.Panel> panels(CurrentUser user, ProductView product);
}
