package vn.htxso.marketplace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Product;
import vn.htxso.marketplace.internal.ProductCards;
import vn.htxso.marketplace.internal.Products;
import vn.htxso.marketplace.internal.Shop;
import vn.htxso.marketplace.internal.Shops;
import vn.htxso.marketplace.internal.Views;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnFormat;

/** The market's products: search (Vietnamese, folded), public product and shop views, new products. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private static final AggregationKey<Map<String, Long>> BY_PROVINCE = AggregationKey.of("province");
    private static final AggregationKey<Map<Category, Long>> BY_CATEGORY = AggregationKey.of("category");
    private static final AggregationKey<Map<Integer, Long>> BY_STARS = AggregationKey.of("stars");
    private static final AggregationKey<Map<Boolean, Long>> BY_ETHNIC = AggregationKey.of("ethnic");

    private final EntityManager entityManager;
    private final Products products;
    private final Shops shops;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ProductCards cards;

    Catalogue(EntityManager entityManager, Products products, Shops shops, AuditLog auditLog, Clock clock,
              ProductCards cards) {
        this.cards = cards;
        this.entityManager = entityManager;
        this.products = products;
        this.shops = shops;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(VnFormat.ZONE));
    }

    /** Products of verified shops matching the search, with facet counts (the market page). */
    public vn.htxso.marketplace.SearchResult search(ProductSearch search) {
        return search(search, true);
    }

    /**
     * Products of verified shops matching the search, one page and the total, without facet counts (the API, which
     * shows none): four aggregations over every hit are most of a search's cost.
     */
    public vn.htxso.marketplace.SearchResult find(ProductSearch search) {
        return search(search, false);
    }

    private vn.htxso.marketplace.SearchResult search(ProductSearch search, boolean facets) {
        LocalDate today = today();
        SearchSession session = Search.session(entityManager);
        var query = session.search(Product.class)
                .select(f -> f.id(UUID.class))
                .where((f, root) -> {
                    root.add(f.match().field("active").matching(true));
                    root.add(f.match().field("shop.verified").matching(true));
                    if (search.q() != null) {
                        root.add(f.simpleQueryString().field("name").boost(3f).field("description")
                                .matching(search.q()).defaultOperator(BooleanOperator.AND));
                    }
                    if (search.province() != null) {
                        root.add(f.match().field("shop.provinceCode").matching(search.province()));
                    }
                    if (search.category() != null) {
                        root.add(f.match().field("category").matching(search.category()));
                    }
                    if (search.ethnicMinority() != null && search.ethnicMinority()) {
                        root.add(f.match().field("shop.ethnicMinorityOwner").matching(true));
                    }
                    if (search.ocopStars() != null) {
                        root.add(f.match().field("ocopStars").matching(search.ocopStars()));
                        root.add(f.range().field("ocopExpiresOn").atLeast(today));
                    }
                })
                .sort(f -> switch (search.sort()) {
                    case PRICE_ASC -> f.field("priceVnd").asc().then().score();
                    case PRICE_DESC -> f.field("priceVnd").desc().then().score();
                    case NEWEST -> f.field("createdAt").desc();
                    case RELEVANCE -> f.score().then().field("createdAt").desc();
                });
        if (facets) {
            query = query
                    .aggregation(BY_PROVINCE, f -> f.terms().field("shop.provinceCode", String.class).maxTermCount(40))
                    .aggregation(BY_CATEGORY, f -> f.terms().field("category", Category.class))
                    .aggregation(BY_STARS, f -> f.terms().field("ocopStars", Integer.class))
                    .aggregation(BY_ETHNIC, f -> f.terms().field("shop.ethnicMinorityOwner", Boolean.class));
        }
        SearchResult<UUID> result = query.fetch(search.page() * search.size(), search.size());
        // the index orders the hits; their rows (price and stock of now) come from the database in one statement
        List<ProductView> items = cards.visible(result.hits(), today);
        if (!facets) {
            return new vn.htxso.marketplace.SearchResult(items, result.total().hitCount(), Map.of(),
                    new EnumMap<>(Category.class), Map.of(), 0);
        }
        Map<Category, Long> categories = new EnumMap<>(Category.class);
        categories.putAll(result.aggregation(BY_CATEGORY));
        return new vn.htxso.marketplace.SearchResult(items, result.total().hitCount(),
                new LinkedHashMap<>(result.aggregation(BY_PROVINCE)), categories,
                new TreeMap<>(result.aggregation(BY_STARS)),
                result.aggregation(BY_ETHNIC).getOrDefault(true, 0L));
    }

    /** A product buyers may see: active, of a verified shop. */
    public Optional<ProductView> publicProduct(UUID id) {
        return products.withShop(id).filter(p -> p.active() && p.shop().verified())
                .map(p -> Views.product(p, today()));
    }

    /** The product for its seller (any state), or a buyer-visible product. */
    public ProductView product(CurrentUser user, UUID id) {
        Product p = products.withShop(id).orElseThrow(() -> new NotFound("product"));
        if ((p.active() && p.shop().verified()) || p.shop().isSellerOf(user)) {
            return Views.product(p, today());
        }
        throw new NotFound("product");
    }

    /** A product its seller works on, in any state: 404 when unknown, 403 when it is another's. */
    public ProductView sellerProduct(CurrentUser user, UUID id) {
        Product p = products.withShop(id).orElseThrow(() -> new NotFound("product"));
        if (!p.shop().isSellerOf(user)) {
            throw new Forbidden();
        }
        return Views.product(p, today());
    }

    public Optional<ShopView> publicShop(UUID id) {
        return shops.findById(id).filter(Shop::verified).map(Views::shop);
    }

    /** Any shop by id, verified or not: for modules that follow a shop's orders (governance's ledger). */
    public Optional<ShopView> shop(UUID id) {
        return shops.findById(id).map(Views::shop);
    }

    /** The verified shops of a commune (matched ignoring case and diacritics), by name: for public showcases. */
    public List<ShopView> publicShopsIn(String provinceCode, String communeName) {
        String key = vn.htxso.platform.VietnameseText.key(communeName);
        return shops.findByProvinceCodeOrderByName(provinceCode).stream()
                .filter(s -> s.verified() && vn.htxso.platform.VietnameseText.key(s.communeName()).equals(key))
                .map(Views::shop).toList();
    }

    /** The products of a verified shop that buyers may see. */
    public List<ProductView> publicProductsOf(UUID shopId) {
        LocalDate today = today();
        return products.ofShop(shopId).stream().filter(p -> p.active() && p.shop().verified())
                .map(p -> Views.product(p, today)).toList();
    }

    public List<ProductView> productsOf(UUID shopId) {
        LocalDate today = today();
        return products.ofShop(shopId).stream().map(p -> Views.product(p, today)).toList();
    }

    /** All products of a shop, for its seller. */
    public List<ProductView> sellerProducts(CurrentUser user, UUID shopId) {
        shopForSeller(user, shopId);
        return productsOf(shopId);
    }

    /** A shop its seller may work on: 404 when unknown, 403 when it is another's. */
    Shop shopForSeller(CurrentUser user, UUID shopId) {
        Shop shop = shops.findById(shopId).orElseThrow(() -> new NotFound("shop"));
        if (!shop.isSellerOf(user)) {
            throw new Forbidden();
        }
        return shop;
    }

    @Transactional
    public ProductView addProduct(CurrentUser user, UUID shopId, NewProduct product) {
        Shop shop = shopForSeller(user, shopId);
        if (product.priceVnd() < 1 || product.stock() < 0) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "marketplace.product.invalid");
        }
        Product saved = products.save(new Product(shop, product.name().strip(),
                product.description() == null ? null : product.description().strip(),
                product.category() == null ? Category.OTHER : product.category(), product.unit().strip(),
                product.priceVnd(), product.stock(), product.weightGrams(), clock.instant()));
        auditLog.record(AuditEntry.of("marketplace.product.created", "product", saved.id(), saved.name())
                .inProvince(shop.provinceCode()).ofOrganisation(shop.organisationId()));
        return Views.product(saved, today());
    }
}
