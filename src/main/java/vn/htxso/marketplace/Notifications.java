package vn.htxso.marketplace;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Notices;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Mails;
import vn.htxso.platform.VnTime;

/**
 * Tells buyer and seller what happened to an order: an in-app notice each, and an e-mail from the templates
 * {@code marketplace.mail.order.<what>} (vi/en) through the platform's outbox ({@link Mails}: SMTP from
 * {@code SPRING_MAIL_*}, logged when no host is set). Listeners run after the commit of the order's change, in a
 * transaction of their own, so a checkout never waits for a mail; they are idempotent (a redelivered event neither
 * notes nor mails twice).
 */
@Service
public class Notifications {

    private final Notices notices;
    private final ShopAdministration shops;
    private final MarketplaceProperties properties;
    private final Mails mails;
    private final Clock clock;

    Notifications(Notices notices, ShopAdministration shops, MarketplaceProperties properties, Mails mails,
                  Clock clock) {
        this.notices = notices;
        this.shops = shops;
        this.properties = properties;
        this.mails = mails;
        this.clock = clock;
    }

    public record Notice(String messageKey, String orderCode, UUID orderId, Instant createdAt) {
    }

    @ApplicationModuleListener(id = "marketplace.notify.placed")
    void on(OrderPlaced e) {
        notify("placed", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.confirmed")
    void on(OrderConfirmed e) {
        notify("confirmed", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.shipped")
    void on(OrderShipped e) {
        notify("shipped", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.delivered")
    void on(OrderDelivered e) {
        notify("delivered", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.completed")
    void on(OrderCompleted e) {
        notify("completed", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.cancelled")
    void on(OrderCancelled e) {
        notify("cancelled", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.paid")
    void on(OrderPaid e) {
        notify("paid", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    /**
     * A shop's bank account changed: its owner (the household, or the co-op's managers for a co-op shop) learns of
     * it in the app and by e-mail, whoever made the change.
     */
    @ApplicationModuleListener(id = "marketplace.notify.bankChanged")
    void on(ShopBankAccountChanged e) {
        String key = "marketplace.notice.bankChanged";
        var at = VnTime.at(e.changedAt());
        notices.aboutShop(e.ownerUserId(), e.shopId(), key, at);
        var to = e.ownerUserId() != null ? mails.user(e.ownerUserId()) : mails.managersOf(e.organisationId());
        mails.queue(to, "shop:" + e.shopId() + ":bank:" + e.changedAt().toEpochMilli(), properties.mailFrom(),
                "marketplace.mail.bankChanged", e.shopName(), e.bankBin(), e.accountEnding(), e.changedBy());
    }

    private void notify(String what, OrderId orderId, String code, UUID shopId, UUID buyerId) {
        String key = "marketplace.notice." + what;
        var now = VnTime.now(clock);
        notices.forBuyer(buyerId, key, code, orderId.value(), now);
        notices.forShop(shopId, key, code, orderId.value(), now);
        String template = "marketplace.mail.order." + what;
        String dedup = "order:" + orderId.value() + ":" + what;
        mails.queue(mails.user(buyerId), dedup + ":buyer", properties.mailFrom(), template + ".buyer", code);
        mails.queue(shopRecipients(shopId), dedup + ":shop", properties.mailFrom(), template + ".shop", code);
    }

    private List<Mails.Recipient> shopRecipients(UUID shopId) {
        return notices.ownerOf(shopId).map(o -> o.ownerUserId() != null ? mails.user(o.ownerUserId())
                : mails.managersOf(o.organisationId())).orElse(List.of());
    }

    /** The user's own notices and those of the shops they sell for, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> of(CurrentUser user) {
        List<UUID> shopIds = shops.sellerShops(user).stream().map(ShopView::id).toList();
        return notices.of(user.id(), shopIds).stream()
                .map(r -> new Notice(r.messageKey(), r.orderCode(), r.orderId(), r.createdAt())).toList();
    }
}
