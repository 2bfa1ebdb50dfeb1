package vn.htxso.marketplace;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the marketplace.
 *
 * @param webhookSecret the shared secret that signs bank-statement notifications (HMAC-SHA256); required in
 *                      {@code prod}, a development value elsewhere
 * @param mailFrom the sender of order e-mails (logged in the demo)
 * @param lowStock the stock at or under which the seller's dashboard warns
 * @param stockSlots over how many rows besides the product row a product's stock is spread, so that parallel buyers
 *                   of one product do not queue on one row lock through each commit (0: no slots); more than the
 *                   connections of the pool, so that a buyer finds a free one
 */
@Validated
@ConfigurationProperties("htxso.marketplace")
record MarketplaceProperties(@DefaultValue("") String webhookSecret,
                             @DefaultValue("cho@htxso.vn") @NotBlank @Email String mailFrom,
                             @DefaultValue("5") @PositiveOrZero int lowStock,
                             @DefaultValue("32") @PositiveOrZero @Max(256) int stockSlots) {
}
