package vn.htxso.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.support.WithDemoData;

/**
 * From {@link OrderPlaced} to what buyer and seller see: a notice each on their notifications page, once however
 * often the event is delivered.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles(resolver = WithDemoData.class)
class NotificationsScenarioTests {

    @Autowired
    Notifications notifications;

    @Test
    void aPlacedOrderIsANoticeForTheSellerAndTheBuyerOnce(Scenario scenario) {
        OrderId order = new OrderId(UUID.randomUUID());
        CurrentUser buyer = new CurrentUser(UUID.randomUUID(), "buyer-" + order.value(), "Người mua thử",
                Set.of(Role.BUYER), null, null, null);
        OrderPlaced placed = new OrderPlaced(order, "T" + order.value().toString().substring(0, 8),
                MarketplaceFixtures.SELLER_SHOP, buyer.id(), 250_000);

        scenario.publish(placed)
                .andWaitForStateChange(() -> noticesOf(MarketplaceFixtures.SELLER, order), notices -> !notices.isEmpty())
                .andVerify(notices -> assertThat(notices).singleElement().satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("marketplace.notice.placed");
                    assertThat(n.orderCode()).isEqualTo(placed.code());
                }));
        assertThat(noticesOf(buyer, order)).extracting(Notifications.Notice::messageKey)
                .containsExactly("marketplace.notice.placed");

        notifications.on(placed); // delivered again
        assertThat(noticesOf(MarketplaceFixtures.SELLER, order)).hasSize(1);
        assertThat(noticesOf(buyer, order)).hasSize(1);
    }

    private List<Notifications.Notice> noticesOf(CurrentUser user, OrderId order) {
        return notifications.of(user).stream().filter(n -> order.value().equals(n.orderId())).toList();
    }
}
