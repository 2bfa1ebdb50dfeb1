package vn.htxso.insights;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.htxso.marketplace.ProductPanels;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.SellerPanels;
import vn.htxso.platform.CurrentUser;

/** The seller's page of a product shows its listing help under the form. */
@Component
class ListingHelpPanel implements ProductPanels {

    private final ListingHelp help;

    ListingHelpPanel(ListingHelp help) {
        this.help = help;
    }

    @Override
    public List<SellerPanels.Panel> panels(CurrentUser user, ProductView product) {
        return List.of(new SellerPanels.Panel("insights/_listing", help.advise(product)));
    }
}
