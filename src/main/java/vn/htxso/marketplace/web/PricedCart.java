package vn.htxso.marketplace.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.ProductView;

/** The cart priced by the server and split per shop: one order per shop at checkout. */
public record PricedCart(List<ShopPart> shops, long subtotalVnd, List<UUID> gone) {

    public record Line(ProductView product, int quantity, long lineTotalVnd) {
    }

    public record ShopPart(UUID shopId, String shopName, List<Line> lines, long subtotalVnd) {
    }

    public boolean isEmpty() {
        return shops.isEmpty();
    }

    static PricedCart of(Cart cart, Catalogue catalogue) {
        Map<UUID, List<Line>> byShop = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        List<UUID> gone = new ArrayList<>();
        long total = 0;
        for (Map.Entry<UUID, Integer> entry : cart.lines().entrySet()) {
            var product = catalogue.publicProduct(entry.getKey());
            if (product.isEmpty()) {
                gone.add(entry.getKey());
                continue;
            }
            ProductView p = product.get();
            long line = p.priceVnd() * entry.getValue();
            total += line;
            byShop.computeIfAbsent(p.shopId(), k -> new ArrayList<>()).add(new Line(p, entry.getValue(), line));
            names.put(p.shopId(), p.shopName());
        }
        List<ShopPart> parts = new ArrayList<>();
        byShop.forEach((shop, lines) -> parts.add(new ShopPart(shop, names.get(shop), lines,
                lines.stream().mapToLong(Line::lineTotalVnd).sum())));
        return new PricedCart(parts, total, gone);
    }
}
