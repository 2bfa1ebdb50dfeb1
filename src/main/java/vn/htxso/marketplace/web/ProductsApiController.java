package vn.htxso.marketplace.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.ProductSearch;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.SearchResult;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;

/** The public product search and a seller's new products (API.md). */
@RestController
@RequestMapping("/api/v1")
class ProductsApiController {

    private final Catalogue catalogue;

    ProductsApiController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/products")
    Page search(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
                @RequestParam(required = false) Integer ocopStars, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size) {
        SearchResult result = catalogue.find(ProductSearch.of(q, province, ocopStars, page, size));
        return new Page(result.items().stream().map(ProductItem::of).toList(), result.total());
    }

    @GetMapping("/products/{id}")
    ProductItem product(@PathVariable String id) {
        return catalogue.publicProduct(Ids.parse(id)).map(ProductItem::of).orElseThrow(() -> new NotFound("product"));
    }

    @PostMapping("/shops/{shopId}/products")
    ResponseEntity<ProductItem> add(CurrentUser user, @PathVariable String shopId,
                                    @Valid @RequestBody NewProductRequest body) {
        ProductView created = catalogue.addProduct(user, Ids.parse(shopId), new NewProduct(body.name(),
                body.description(), body.category(), body.unit(), body.priceVnd().longValueExact(),
                body.stock().intValueExact(), null));
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.id())).body(ProductItem.of(created));
    }

    record Page(List<ProductItem> items, long total) {
    }

    record ShopRef(UUID id, String name) {
    }

    record ProductItem(UUID id, String name, long priceVnd, String unit, int stock, Integer ocopStars,
                       String provinceCode, ShopRef shop) {
        static ProductItem of(ProductView p) {
            return new ProductItem(p.id(), p.name(), p.priceVnd(), p.unit(), p.stock(), p.ocopStars(),
                    p.provinceCode(), new ShopRef(p.shopId(), p.shopName()));
        }
    }

    record NewProductRequest(
            @NotBlank(message = "{marketplace.product.name.required}")
            @Size(max = 200, message = "{marketplace.product.name.size}") @vn.htxso.platform.PlainName String name,
            @Size(max = 4000, message = "{marketplace.product.description.size}") String description,
            @NotNull(message = "{marketplace.product.price.required}")
            @DecimalMin(value = "1", message = "{marketplace.product.price.min}")
            @Digits(integer = 12, fraction = 0, message = "{marketplace.product.price.digits}") BigDecimal priceVnd,
            @NotBlank(message = "{marketplace.product.unit.required}")
            @Size(max = 20, message = "{marketplace.product.unit.size}") String unit,
            @NotNull(message = "{marketplace.product.stock.required}")
            @DecimalMin(value = "0", message = "{marketplace.product.stock.min}")
            @DecimalMax(value = "1000000000", message = "{marketplace.product.stock.digits}")
            @Digits(integer = 10, fraction = 0, message = "{marketplace.product.stock.digits}") BigDecimal stock,
            Category category) {
    }
}
