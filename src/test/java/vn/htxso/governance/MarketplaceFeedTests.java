package vn.htxso.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.htxso.marketplace.MarketplaceFixtures.COOP_NGHE_AN;
import static vn.htxso.marketplace.MarketplaceFixtures.COOP_SHOP;
import static vn.htxso.marketplace.MarketplaceFixtures.MANAGER;
import static vn.htxso.marketplace.MarketplaceFixtures.SELLER;
import static vn.htxso.marketplace.MarketplaceFixtures.SELLER_SHOP;
import static vn.htxso.marketplace.MarketplaceFixtures.address;
import static vn.htxso.marketplace.MarketplaceFixtures.anotherBuyer;
import static vn.htxso.marketplace.MarketplaceFixtures.token;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.Checkout;
import vn.htxso.marketplace.Fulfilment;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.OrderCompleted;
import vn.htxso.marketplace.OrderId;
import vn.htxso.marketplace.OrderView;
import vn.htxso.marketplace.PaymentMethod;
import vn.htxso.marketplace.PlaceOrder;
import vn.htxso.platform.CurrentUser;
import vn.htxso.support.DemoMvcTest;

/**
 * The marketplace feeds the co-op's ledger: a completed order of a member household's shop is an internal
 * transaction with that member, a member's purchase from the co-op's own shop too, anyone else's purchase an external
 * one; the same event delivered again adds nothing.
 */
@DemoMvcTest
@EnableScenarios
class MarketplaceFeedTests {

    @Autowired
    Catalogue catalogue;
    @Autowired
    Checkout checkout;
    @Autowired
    Fulfilment fulfilment;
    @Autowired
    MarketplaceFeed feed;
    @Autowired
    JdbcClient jdbc;

    record Row(UUID organisationId, boolean internal, String direction, UUID memberId, long amountVnd, LocalDate day) {
    }

    @Test
    void aMemberHouseholdsSaleThroughTheCoopsShopIsAnInternalTransactionOnce(Scenario scenario) {
        UUID sellerMember = memberOf(SELLER);
        OrderView order = deliveredOrder(SELLER, SELLER_SHOP, anotherBuyer());

        scenario.stimulate(() -> fulfilment.complete(SELLER, order.id()))
                .andWaitForStateChange(() -> rows(order.id()), rows -> !rows.isEmpty())
                .andVerify(rows -> {
                    assertThat(rows).hasSize(1);
                    Row row = rows.get(0);
                    assertThat(row.organisationId()).isEqualTo(COOP_NGHE_AN);
                    assertThat(row.internal()).isTrue();
                    assertThat(row.direction()).isEqualTo("REVENUE");
                    assertThat(row.memberId()).isEqualTo(sellerMember);
                    assertThat(row.amountVnd()).isEqualTo(order.totalVnd());
                });

        // a restart republishes an outstanding event: nothing is added
        feed.on(new OrderCompleted(new OrderId(order.id()), order.code(), SELLER_SHOP, order.buyerId(),
                order.totalVnd()));
        assertThat(rows(order.id())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_events where action = 'governance.transaction.fed' and details like ?")
                .param("%" + order.code() + "%").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aMembersPurchaseIsInternalAndAStrangersIsExternal(Scenario scenario) {
        // a buyer account linked to an official member of the co-op not linked to anyone yet (unlinked afterwards)
        UUID member = jdbc.sql("""
                        select id from organisation_members where organisation_id = ? and member_kind = 'OFFICIAL'
                          and left_on is null and id not in (select member_id from governance_member_accounts)
                        order by name""")
                .param(COOP_NGHE_AN).query(UUID.class).list().get(0);
        CurrentUser memberBuyer = anotherBuyer();
        jdbc.sql("insert into governance_member_accounts (user_id, organisation_id, member_id) values (?, ?, ?)")
                .params(memberBuyer.id(), COOP_NGHE_AN, member).update();
        try {
            OrderView byMember = deliveredOrder(MANAGER, COOP_SHOP, memberBuyer);
            scenario.stimulate(() -> fulfilment.complete(memberBuyer, byMember.id()))
                    .andWaitForStateChange(() -> rows(byMember.id()), rows -> !rows.isEmpty())
                    .andVerify(rows -> assertThat(rows).singleElement().satisfies(r -> {
                        assertThat(r.internal()).isTrue();
                        assertThat(r.memberId()).isEqualTo(member);
                    }));
        } finally {
            jdbc.sql("delete from governance_member_accounts where user_id = ?").param(memberBuyer.id()).update();
        }

        CurrentUser stranger = anotherBuyer();
        OrderView byStranger = deliveredOrder(MANAGER, COOP_SHOP, stranger);
        scenario.stimulate(() -> fulfilment.complete(stranger, byStranger.id()))
                .andWaitForStateChange(() -> rows(byStranger.id()), rows -> !rows.isEmpty())
                .andVerify(rows -> assertThat(rows).singleElement().satisfies(r -> {
                    assertThat(r.internal()).isFalse();
                    assertThat(r.memberId()).isNull();
                    assertThat(r.amountVnd()).isEqualTo(byStranger.totalVnd());
                }));
    }

    private OrderView deliveredOrder(CurrentUser seller, UUID shop, CurrentUser buyer) {
        var product = catalogue.addProduct(seller, shop, new NewProduct("Chè thử sổ " + token(), null, Category.TEA,
                "gói", 150_000, 5, null));
        OrderView order = checkout.place(buyer, UUID.randomUUID().toString(), new PlaceOrder(
                List.of(new PlaceOrder.Item(product.id(), 1)), PaymentMethod.COD, address()));
        fulfilment.confirm(seller, order.id());
        fulfilment.ship(seller, order.id());
        fulfilment.deliver(seller, order.id());
        return order;
    }

    private UUID memberOf(CurrentUser user) {
        return jdbc.sql("select member_id from governance_member_accounts where user_id = ?").param(user.id())
                .query(UUID.class).single();
    }

    private List<Row> rows(UUID orderId) {
        return jdbc.sql("""
                        select organisation_id, internal, direction, member_id, amount_vnd, occurred_on
                        from governance_transactions where source = 'MARKETPLACE' and source_ref = ?""")
                .param("order:" + orderId)
                .query((rs, i) -> new Row(rs.getObject("organisation_id", UUID.class), rs.getBoolean("internal"),
                        rs.getString("direction"), rs.getObject("member_id", UUID.class), rs.getLong("amount_vnd"),
                        rs.getObject("occurred_on", LocalDate.class)))
                .list();
    }
}
