package vn.htxso.marketplace;

import java.util.List;
import java.util.UUID;

import vn.htxso.platform.CurrentUser;

/**
 * Implemented by modules that add a panel to the seller's dashboard (the insights module's sales forecasts) without
 * the marketplace knowing them: each panel names a Thymeleaf template whose fragment {@code panel(model)} is shown.
 */
public interface SellerPanels {

    List<Panel> panels(CurrentUser user, UUID shopId);

    record Panel(String template, Object model) {
    }
}
