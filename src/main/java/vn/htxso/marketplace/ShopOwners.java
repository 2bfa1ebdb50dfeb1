package vn.htxso.marketplace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Shop;
import vn.htxso.marketplace.internal.Shops;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;
import vn.htxso.platform.UserDirectory;

/**
 * An alliance officer links a household shop to the account of the member who sells for it (so that the member
 * finds it under "My shop"). The account must be a member seller of the shop's co-op; another province's shop is
 * not found.
 */
@Service
public class ShopOwners {

    private final Shops shops;
    private final UserDirectory users;
    private final AuditLog auditLog;

    ShopOwners(Shops shops, UserDirectory users, AuditLog auditLog) {
        this.shops = shops;
        this.users = users;
        this.auditLog = auditLog;
    }

    /** The shop and its owner's account as the officer sees them. */
    public record ShopOwner(UUID shopId, String shopName, String provinceCode, String communeName,
                            String ownerUsername, String ownerName) {
    }

    @Transactional(readOnly = true)
    public ShopOwner owner(CurrentUser admin, UUID shopId) {
        Shop shop = administered(admin, shopId);
        Optional<CurrentUser> owner = users.byId(shop.ownerUserId());
        return new ShopOwner(shop.id(), shop.name(), shop.provinceCode(), shop.communeName(),
                owner.map(CurrentUser::username).orElse(null), owner.map(CurrentUser::displayName).orElse(null));
    }

    @Transactional
    public ShopOwner link(CurrentUser admin, UUID shopId, String username) {
        Shop shop = administered(admin, shopId);
        CurrentUser owner = users.byUsername(username).orElseThrow(() -> problem("marketplace.owner.unknown"));
        if (!owner.has(Role.MEMBER_SELLER)) {
            throw problem("marketplace.owner.notSeller");
        }
        if (!shop.organisationId().equals(owner.organisationId())) {
            throw problem("marketplace.owner.otherCoop");
        }
        shop.linkOwner(owner.id());
        auditLog.record(AuditEntry.of("marketplace.shop.ownerLinked", "shop", shop.id(),
                        shop.name() + " → " + owner.username())
                .inProvince(shop.provinceCode()).ofOrganisation(shop.organisationId()));
        return owner(admin, shopId);
    }

    private Shop administered(CurrentUser admin, UUID shopId) {
        Shop shop = shops.findById(shopId).orElseThrow(() -> new NotFound("shop"));
        if (admin == null || !admin.administers(shop.provinceCode())) {
            throw new NotFound("shop");
        }
        return shop;
    }

    private static BusinessRuleViolation problem(String key) {
        return new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, List.of(new FieldProblem("username", key)),
                key);
    }
}
