/**
 * The online market of co-op and ethnic-minority products: shops, OCOP products, Vietnamese search, cart, COD and
 * VietQR checkout, orders, reviews, seller dashboards and the alliance's operating report. Its API is
 * {@link vn.htxso.marketplace.Catalogue}, {@link vn.htxso.marketplace.Checkout} and the order events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketplace",
        allowedDependencies = {"platform", "registry", "traceability"})
package vn.htxso.marketplace;
