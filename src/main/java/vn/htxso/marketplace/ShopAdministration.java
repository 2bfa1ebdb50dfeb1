package vn.htxso.marketplace;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Shop;
import vn.htxso.marketplace.internal.Shops;
import vn.htxso.marketplace.internal.Views;
import vn.htxso.platform.AccountLinks;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;

/**
 * Shops and who works on them: a household seller its own shop, a co-op manager the co-op's shops; the
 * provincial alliance verifies the shops of its province (unverified shops do not sell).
 */
@Service
@Transactional(readOnly = true)
public class ShopAdministration implements AccountLinks {

    private final Shops shops;
    private final AuditLog auditLog;
    private final Clock clock;

    ShopAdministration(Shops shops, AuditLog auditLog, Clock clock) {
        this.shops = shops;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The shops the user sells for. */
    public List<ShopView> sellerShops(CurrentUser user) {
        if (user == null) {
            return List.of();
        }
        List<Shop> found;
        if (user.has(Role.COOP_MANAGER) && user.organisationId() != null) {
            found = shops.findByOrganisationIdOrderByName(user.organisationId());
        } else if (user.has(Role.MEMBER_SELLER)) {
            found = shops.findByOwnerUserIdOrderByName(user.id());
        } else {
            found = List.of();
        }
        return found.stream().map(Views::shop).toList();
    }

    @Override
    public List<LinkedShop> shopsOf(CurrentUser user) {
        return sellerShops(user).stream()
                .map(s -> new LinkedShop(s.id(), s.name())).toList();
    }

    /** A shop for its seller: 404 when unknown, 403 when another's. */
    public ShopView shopForSeller(CurrentUser user, UUID shopId) {
        Shop shop = shops.findById(shopId).orElseThrow(() -> new NotFound("shop"));
        if (!shop.isSellerOf(user)) {
            throw new Forbidden();
        }
        return Views.shop(shop);
    }

    /** The shops an alliance admin oversees: national all, provincial its province. */
    public List<ShopView> shopsForAdmin(CurrentUser admin) {
        if (admin == null || !admin.isAdmin()) {
            throw new Forbidden();
        }
        List<Shop> found = admin.isNationalAdmin() ? shops.findAllByOrderByProvinceCodeAscNameAsc()
                : shops.findByProvinceCodeOrderByName(admin.provinceCode());
        return found.stream().map(Views::shop).toList();
    }

    @Transactional
    public ShopView setVerified(CurrentUser admin, UUID shopId, boolean verified) {
        Shop shop = shops.findById(shopId).orElseThrow(() -> new NotFound("shop"));
        if (admin == null || !admin.administers(shop.provinceCode())) {
            throw new NotFound("shop");
        }
        if (verified) {
            shop.verify(admin.username(), clock.instant());
        } else {
            shop.unverify();
        }
        // touch the products so that the search index learns the shop's new state
        shop.getProducts().size();
        auditLog.record(AuditEntry.of(verified ? "marketplace.shop.verified" : "marketplace.shop.unverified", "shop",
                shop.id(), shop.name()).inProvince(shop.provinceCode()).ofOrganisation(shop.organisationId()));
        return Views.shop(shop);
    }
}
