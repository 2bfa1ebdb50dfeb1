package vn.htxso.traceability;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the marketplace, so that a lot can show the product it is sold as (name, shop, current OCOP
 * stars, link) without traceability depending on the marketplace.
 */
public interface MarketListings {

    Optional<CatalogProduct> find(UUID productId);

    /**
     * @param ocopStars the product's valid OCOP rating (3–5), or {@code null} when it has none or it expired
     * @param path the public product page, e.g. {@code /market/products/{id}}
     */
    record CatalogProduct(UUID id, String name, String shopName, Integer ocopStars, String path) {
    }
}
