package vn.htxso.marketplace.web;

import java.time.Duration;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.ProductMaintenance;
import vn.htxso.marketplace.ProductSearch;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.Reviewing;
import vn.htxso.marketplace.ShopView;
import vn.htxso.platform.AdminUnits;
import vn.htxso.traceability.LotPublishing;
import vn.htxso.platform.NotFound;

/** The public market: search with facets, product pages, shop pages. Server-rendered for slow phones. */
@Controller
class MarketController {

    private final Catalogue catalogue;
    private final Reviewing reviewing;
    private final ProductMaintenance maintenance;
    private final AdminUnits adminUnits;

    private final LotPublishing traceability;

    MarketController(Catalogue catalogue, Reviewing reviewing, ProductMaintenance maintenance, AdminUnits adminUnits,
                     LotPublishing traceability) {
        this.traceability = traceability;
        this.catalogue = catalogue;
        this.reviewing = reviewing;
        this.maintenance = maintenance;
        this.adminUnits = adminUnits;
    }

    @GetMapping("/market")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
                  @RequestParam(required = false) String category, @RequestParam(required = false) String ocopStars,
                  @RequestParam(required = false) String ethnic, @RequestParam(required = false) String sort,
                  @RequestParam(defaultValue = "0") String page, Model model) {
        ProductSearch search = new ProductSearch(q, adminUnits.isProvince(province) ? province : null,
                stars(ocopStars), parse(Category.class, category), "true".equals(ethnic) ? Boolean.TRUE : null,
                parse(ProductSearch.Sort.class, sort), number(page), 24);
        var result = catalogue.search(search);
        model.addAttribute("search", search);
        model.addAttribute("result", result);
        model.addAttribute("pages", (result.total() + search.size() - 1) / search.size());
        model.addAttribute("provinces", adminUnits.provinces());
        model.addAttribute("categories", Category.values());
        model.addAttribute("sorts", ProductSearch.Sort.values());
        return "marketplace/search";
    }

    @GetMapping("/market/products/{id}")
    String product(@PathVariable String id, Model model) {
        ProductView product = catalogue.publicProduct(Ids.parse(id)).orElseThrow(() -> new NotFound("product"));
        model.addAttribute("product", product);
        model.addAttribute("reviews", reviewing.ofProduct(product.id()));
        model.addAttribute("origin", traceability.publishedLotOfProduct(product.id())
                .map(k -> "/01/" + k.gtin() + "/10/" + k.lot()).orElse(null));
        return "marketplace/product";
    }

    @GetMapping("/market/products/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String id) {
        UUID productId = Ids.parse(id);
        byte[] thumbnail = maintenance.thumbnail(productId).orElseThrow(() -> new NotFound("photo"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(thumbnail);
    }

    @GetMapping("/market/shops/{id}")
    String shop(@PathVariable String id, Model model) {
        ShopView shop = catalogue.publicShop(Ids.parse(id)).orElseThrow(() -> new NotFound("shop"));
        model.addAttribute("shop", shop);
        model.addAttribute("products", catalogue.productsOf(shop.id()));
        model.addAttribute("reviews", reviewing.ofShop(shop.id()));
        return "marketplace/shop";
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Integer stars(String value) {
        Integer n = value == null ? null : number(value);
        return n != null && n >= 3 && n <= 5 ? n : null;
    }

    static int number(String value) {
        try {
            return Math.max(0, Math.min(10_000, Integer.parseInt(value.strip())));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
