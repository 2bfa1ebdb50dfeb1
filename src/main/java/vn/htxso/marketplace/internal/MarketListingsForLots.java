package vn.htxso.marketplace.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.VnFormat;
import vn.htxso.traceability.MarketListings;

/** Lets a traced lot show the product it is sold as. */
@Component
class MarketListingsForLots implements MarketListings {

    private final Products products;
    private final Clock clock;

    MarketListingsForLots(Products products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CatalogProduct> find(UUID productId) {
        if (productId == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(VnFormat.ZONE));
        return products.withShop(productId).map(p -> new CatalogProduct(p.id(), p.name(), p.shop().name(),
                p.validOcopStars(today), "/market/products/" + p.id()));
    }
}
