package vn.htxso.marketplace;

import vn.htxso.marketplace.internal.Stock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.htxso.platform.PublicPaths;

/** What the market serves to everyone: browsing, the guest cart, product search and the bank webhook. */
@Configuration(proxyBeanMethods = false)
class MarketplaceConfiguration {

    @Bean
    PublicPaths marketplacePublicPages() {
        return PublicPaths.get("/market", "/market/products/**", "/market/shops/**", "/market/cart",
                "/api/v1/products", "/api/v1/products/**");
    }

    @Bean
    Stock.StockSlots stockSlots(MarketplaceProperties properties) {
        return new Stock.StockSlots(properties.stockSlots());
    }

    @Bean
    PublicPaths marketplacePublicActions() {
        return PublicPaths.any("/market/cart/**", "/api/v1/payments/bank-statements");
    }
}
