package vn.htxso.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.htxso.governance.internal.MemberAccounts;
import vn.htxso.governance.internal.Transactions;
import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.OrderCompleted;
import vn.htxso.marketplace.ShopView;
import vn.htxso.platform.AuditLog;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.Registry;

/**
 * Feeds the co-op's ledger from the marketplace: a completed order of a shop that belongs to a co-op becomes one
 * revenue transaction of that co-op on the day it completed. It is internal (a use of the co-op's services, Art. 4)
 * when the shop's seller is an official member (a member household selling through the co-op's shop) or, failing
 * that, when the buyer is one; otherwise external. Idempotent by order id: a redelivered event adds nothing.
 */
@Component
class MarketplaceFeed {

    static final String SOURCE = "MARKETPLACE";

    private final Catalogue catalogue;
    private final Ledger ledger;
    private final Transactions transactions;
    private final MemberAccounts memberAccounts;
    private final Registry registry;
    private final AuditLog auditLog;
    private final Clock clock;

    MarketplaceFeed(Catalogue catalogue, Ledger ledger, Transactions transactions, MemberAccounts memberAccounts,
                    Registry registry, AuditLog auditLog, Clock clock) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.transactions = transactions;
        this.memberAccounts = memberAccounts;
        this.registry = registry;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "governance.ledger.marketplace")
    void on(OrderCompleted event) {
        String ref = "order:" + event.orderId().value();
        if (event.totalVnd() <= 0 || transactions.sourceSeen(SOURCE, ref)) {
            return;
        }
        Optional<ShopView> found = catalogue.shop(event.shopId()).filter(s -> s.organisationId() != null);
        if (found.isEmpty()) {
            return;
        }
        ShopView shop = found.get();
        UUID organisationId = shop.organisationId();
        LocalDate day = LocalDate.now(clock);
        Optional<UUID> seller = officialMember(shop.ownerUserId(), organisationId, day);
        Optional<UUID> buyer = seller.isPresent() ? Optional.empty()
                : officialMember(event.buyerId(), organisationId, day);
        UUID member = seller.or(() -> buyer).orElse(null);
        String description = (seller.isPresent() ? "Thành viên bán qua gian hàng " : buyer.isPresent()
                ? "Thành viên mua tại gian hàng " : "Bán qua gian hàng ") + shop.name() + ", đơn " + event.code();
        UUID id = ledger.store(organisationId, new Ledger.NewTransaction(day, Direction.REVENUE, member,
                event.totalVnd(), description.length() > 300 ? description.substring(0, 300) : description),
                SOURCE, ref);
        auditLog.record(AuditLog.AuditEntry.of("governance.transaction.fed", "transaction", id,
                        "order " + event.code() + (member == null ? " external" : " internal"))
                .inProvince(shop.provinceCode()).ofOrganisation(organisationId));
    }

    private Optional<UUID> officialMember(UUID userId, UUID organisationId, LocalDate day) {
        if (userId == null) {
            return Optional.empty();
        }
        return memberAccounts.memberOf(userId, organisationId)
                .filter(m -> registry.members(new CooperativeId(organisationId)).stream()
                        .anyMatch(r -> r.id().equals(m) && r.official() && r.memberOn(day)));
    }
}
