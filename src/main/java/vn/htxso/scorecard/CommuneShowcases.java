package vn.htxso.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.ShopView;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VietnameseText;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.traceability.Traceability;

/** The public showcase of a commune, for everyone (a commune links it from its own site). */
@Service
@Transactional(readOnly = true)
public class CommuneShowcases {

    private final ProvinceFactsReader reader;
    private final Catalogue catalogue;
    private final Traceability traceability;
    private final AdminUnits adminUnits;
    private final ScorecardProperties properties;

    CommuneShowcases(ProvinceFactsReader reader, Catalogue catalogue, Traceability traceability,
                     AdminUnits adminUnits, ScorecardProperties properties) {
        this.reader = reader;
        this.catalogue = catalogue;
        this.traceability = traceability;
        this.adminUnits = adminUnits;
        this.properties = properties;
    }

    /** The commune's showcase; an unknown province or commune is 404. */
    public CommuneShowcase showcase(String provinceCode, String communeName) {
        if (provinceCode == null || adminUnits.province(provinceCode).isEmpty()) {
            throw new NotFound("province");
        }
        String key = VietnameseText.key(communeName);
        List<OrganisationSummary> organisations = reader.organisations(provinceCode);
        List<ShopView> shopViews = catalogue.publicShopsIn(provinceCode, communeName);
        String name = reader.communes(provinceCode, organisations).get(key);
        if (name == null && !shopViews.isEmpty()) {
            name = shopViews.get(0).communeName();
        }
        if (name == null) {
            throw new NotFound("commune");
        }
        int limit = properties.showcaseLimit();
        List<OrganisationSummary> active = organisations.stream()
                .filter(o -> o.status() == OrganisationStatus.ACTIVE && VietnameseText.key(o.communeName()).equals(key))
                .toList();
        List<CommuneShowcase.Coop> coops = active.stream().limit(limit)
                .map(o -> new CommuneShowcase.Coop(o.name(), o.kind(), o.sector())).toList();
        List<CommuneShowcase.Shop> shops = new ArrayList<>();
        List<CommuneShowcase.Product> ocop = new ArrayList<>();
        for (ShopView shop : shopViews) {
            List<ProductView> products = catalogue.publicProductsOf(shop.id());
            if (shops.size() < limit) {
                shops.add(new CommuneShowcase.Shop(shop.id(), shop.name(), products.size()));
            }
            products.stream().filter(p -> p.ocopStars() != null)
                    .forEach(p -> ocop.add(new CommuneShowcase.Product(p.id(), p.name(), p.ocopStars(), shop.name())));
        }
        ocop.sort(Comparator.comparingInt(CommuneShowcase.Product::ocopStars).reversed()
                .thenComparing(CommuneShowcase.Product::name));
        List<UUID> ids = active.stream().map(o -> o.id().value()).toList();
        List<CommuneShowcase.Lot> lots = traceability.publishedLots(ids, limit).stream()
                .map(l -> new CommuneShowcase.Lot(l.gtin(), l.lot(), l.productName())).toList();
        return new CommuneShowcase(provinceCode, adminUnits.provinceName(provinceCode), name, active.size(), coops,
                shops, ocop.stream().limit(limit).toList(), lots);
    }
}
