package vn.htxso.marketplace;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
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
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Registry;
import org.springframework.http.HttpStatus;

/**
 * Shops and who works on them: a household seller its own shop, a co-op manager the co-op's shops; the
 * provincial alliance verifies the shops of its province (unverified shops do not sell).
 */
@Service
@Transactional(readOnly = true)
public class ShopAdministration implements AccountLinks {

    private final Shops shops;
    private final Registry registry;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ShopAdministration(Shops shops, Registry registry, AuditLog auditLog, Clock clock,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.shops = shops;
        this.registry = registry;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A co-op manager opens a shop for the co-op (or one of its member households) in the co-op's province. It
     * sells once the provincial alliance verifies it.
     */
    @Transactional
    public ShopView open(CurrentUser manager, NewShop shop) {
        if (manager == null || !manager.has(Role.COOP_MANAGER) || manager.organisationId() == null) {
            throw new Forbidden();
        }
        OrganisationSummary organisation = registry.find(new CooperativeId(manager.organisationId()))
                .orElseThrow(() -> new NotFound("organisation"));
        check(shop);
        Shop created = shops.save(new Shop(organisation.id().value(), null, shop.name().strip(),
                organisation.provinceCode(), shop.communeName().strip(), shop.ethnicMinorityOwner(), shop.bankBin(),
                shop.bankAccount(), shop.bankAccountName().strip(), shop.deliveryFeeVnd(), shop.freeDeliveryFromVnd(),
                clock.instant()));
        if (shop.story() != null && !shop.story().isBlank()) {
            created.setStory(shop.story().strip());
        }
        created.setDeliveryFeeFarVnd(shop.deliveryFeeFarVnd());
        auditLog.record(AuditEntry.of("marketplace.shop.opened", "shop", created.id(), created.name())
                .inProvince(created.provinceCode()).ofOrganisation(created.organisationId()));
        return Views.shop(created);
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

    private static void check(NewShop shop) {
        if (shop.bankBin() == null || !shop.bankBin().matches("\\d{6}")) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new FieldProblem("bankBin", "marketplace.shop.bankBin.invalid")),
                    "marketplace.shop.bankBin.invalid");
        }
        if (shop.bankAccount() == null || !shop.bankAccount().matches("[0-9]{6,19}")) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new FieldProblem("bankAccount", "marketplace.shop.bankAccount.invalid")),
                    "marketplace.shop.bankAccount.invalid");
        }
        if (shop.deliveryFeeVnd() < 0 || (shop.deliveryFeeFarVnd() != null && shop.deliveryFeeFarVnd() < 0)
                || (shop.freeDeliveryFromVnd() != null && shop.freeDeliveryFromVnd() < 1)) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new FieldProblem("deliveryFeeVnd", "marketplace.shop.fee.invalid")),
                    "marketplace.shop.fee.invalid");
        }
    }

    /** The shop's seller changes its name, story, bank account and delivery fees (not its province or owner). */
    @Transactional
    public ShopView change(CurrentUser user, UUID shopId, NewShop settings) {
        Shop shop = shops.findById(shopId).orElseThrow(() -> new NotFound("shop"));
        if (!shop.isSellerOf(user)) {
            throw new Forbidden();
        }
        check(settings);
        boolean bankChanged = shop.change(settings.name().strip(), settings.story() == null || settings.story().isBlank() ? null
                        : settings.story().strip(), settings.communeName().strip(), settings.bankBin(),
                settings.bankAccount(), settings.bankAccountName().strip(), settings.deliveryFeeVnd(),
                settings.deliveryFeeFarVnd(), settings.freeDeliveryFromVnd());
        auditLog.record(AuditEntry.of("marketplace.shop.changed", "shop", shop.id(), shop.name() + " "
                + shop.bankBin() + "/" + shop.bankAccount()).inProvince(shop.provinceCode())
                .ofOrganisation(shop.organisationId()));
        if (bankChanged) {
            String account = shop.bankAccount();
            events.publishEvent(new ShopBankAccountChanged(shop.id(), shop.name(), shop.organisationId(),
                    shop.ownerUserId(), shop.bankBin(), account.substring(Math.max(0, account.length() - 4)),
                    user.username(), clock.instant()));
        }
        return Views.shop(shop);
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
