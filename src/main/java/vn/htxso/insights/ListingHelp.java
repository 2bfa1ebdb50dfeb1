package vn.htxso.insights;

import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.SimilarListings;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;

/**
 * Listing help for sellers: how complete a listing is and why, what to fix, and a suggested title and description
 * from the product's own fields, compared with the market's similar listings ("more like this" over the product
 * index). Only the product's seller asks for it; nothing is written and nothing leaves the server.
 */
@Service
@Transactional(readOnly = true)
public class ListingHelp {

    static final int SIMILAR = 8;

    private final Catalogue catalogue;
    private final SimilarListings similarListings;
    private final AdminUnits adminUnits;
    private final ListingRules rules;

    ListingHelp(Catalogue catalogue, SimilarListings similarListings, AdminUnits adminUnits, MessageSource messages,
                InsightsProperties properties) {
        this.catalogue = catalogue;
        this.similarListings = similarListings;
        this.adminUnits = adminUnits;
        this.rules = new ListingRules(messages, properties.listingPriceRatio());
    }

    /** Advice on a product of the user's shop: 404 when unknown, 403 when it is another seller's. */
    public ListingAdvice advise(CurrentUser user, UUID productId) {
        return advise(catalogue.sellerProduct(user, productId));
    }

    /** Advice on a product the caller has already checked the user sells. */
    public ListingAdvice advise(ProductView product) {
        SimilarListings.Similar similar = similarListings.similar(product, SIMILAR);
        String province = product.provinceCode() == null ? null : adminUnits.provinceName(product.provinceCode());
        return rules.advise(product, province, similar.items(), similar.method().name());
    }

    List<ProductView> similar(ProductView product) {
        return similarListings.similar(product, SIMILAR).items();
    }
}
