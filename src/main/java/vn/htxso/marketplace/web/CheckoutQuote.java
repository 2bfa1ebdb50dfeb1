package vn.htxso.marketplace.web;

import java.util.ArrayList;
import java.util.List;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Checkout;
import vn.htxso.marketplace.ShopView;
import vn.htxso.platform.AdminUnits;

/**
 * What the buyer will pay, shown before confirming: per shop the goods, the delivery fee and the total. Without a
 * province yet, each shop's fee rule (its own province, elsewhere, free from) instead of a number.
 *
 * @param provinceCode the delivery province, or {@code null} when not chosen yet (then fees and totals are unknown)
 */
public record CheckoutQuote(String provinceCode, List<ShopQuote> shops, long subtotalVnd, long feesVnd, long totalVnd) {

    /** @param feeVnd the fee to the chosen province, or -1 when no province is chosen */
    public record ShopQuote(String shopName, long subtotalVnd, long feeVnd, long totalVnd, ShopView shop) {
    }

    public boolean known() {
        return provinceCode != null;
    }

    static CheckoutQuote of(PricedCart basket, String provinceCode, Checkout checkout, Catalogue catalogue,
                            AdminUnits adminUnits) {
        String province = provinceCode != null && adminUnits.isProvince(provinceCode) ? provinceCode : null;
        List<ShopQuote> shops = new ArrayList<>();
        long fees = 0;
        for (PricedCart.ShopPart part : basket.shops()) {
            ShopView shop = catalogue.publicShop(part.shopId()).orElse(null);
            long fee = province == null ? -1 : checkout.deliveryFee(part.shopId(), part.subtotalVnd(), province);
            fees += Math.max(0, fee);
            shops.add(new ShopQuote(part.shopName(), part.subtotalVnd(), fee,
                    part.subtotalVnd() + Math.max(0, fee), shop));
        }
        return new CheckoutQuote(province, shops, basket.subtotalVnd(), fees, basket.subtotalVnd() + fees);
    }
}
