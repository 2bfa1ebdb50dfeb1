package vn.htxso.marketplace;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the marketplace.
 *
 * @param webhookSecret the shared secret that signs bank-statement notifications (HMAC-SHA256); required in
 *                      {@code prod}, a development value elsewhere
 * @param mailFrom the sender of order e-mails (logged in the demo)
 * @param lowStock the stock at or under which the seller's dashboard warns
 */
@ConfigurationProperties("htxso.marketplace")
record MarketplaceProperties(@DefaultValue("") String webhookSecret,
                             @DefaultValue("cho@htxso.vn") String mailFrom,
                             @DefaultValue("5") int lowStock) {
}
