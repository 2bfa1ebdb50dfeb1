package vn.htxso.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.marketplace.internal.VietQr;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.support.DemoMvcTest;

/**
 * Issue 15, item 4: the VietQR payee of an order is the shop's account when it was placed; changing the account
 * later (a co-op manager for a household's shop) neither redirects unpaid orders nor takes new VietQR orders until the
 * alliance verifies the new account, and the shop's owner is told.
 */
@DemoMvcTest
class FrozenPayeeTests {

    @Autowired ShopAdministration shops;
    @Autowired Catalogue catalogue;
    @Autowired Checkout checkout;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private ShopView verifiedShop(String account) {
        ShopView shop = shops.open(MANAGER, new NewShop("Gian hàng thử " + token(), null, "Xã Hạnh Lâm", false,
                "970405", account, "NGUYEN VAN A", 20_000, null, null));
        return shops.setVerified(NGHE_AN, shop.id(), true);
    }

    private NewShop withAccount(ShopView shop, String bin, String account, String name) {
        return new NewShop(shop.name(), null, shop.communeName(), false, bin, account, name, 20_000, null, null);
    }

    private static PlaceOrder order(UUID productId, PaymentMethod method) {
        return new PlaceOrder(List.of(new PlaceOrder.Item(productId, 1)), method, address());
    }

    @Test
    void anUnpaidOrderKeepsThePayeeItWasPlacedWithAndNewVietQrOrdersWaitForTheAlliance() throws Exception {
        ShopView shop = verifiedShop("111122223333");
        ProductView product = catalogue.addProduct(MANAGER, shop.id(), new NewProduct("Chè búp " + token(), null,
                Category.TEA, "kg", 100_000, 20, null));
        CurrentUser buyer = anotherBuyer();
        OrderView placed = checkout.place(buyer, UUID.randomUUID().toString(), order(product.id(), PaymentMethod.VIETQR));

        // the co-op manager changes the account: the unpaid order still pays the first account
        ShopView changed = shops.change(MANAGER, shop.id(), withAccount(shop, "970418", "999988887777", "KE KHAC"));
        assertThat(changed.bankVerified()).isFalse();
        PaymentQr qr = checkout.paymentQr(buyer, placed.id());
        assertThat(qr.bankBin()).isEqualTo("970405");
        assertThat(qr.accountNumber()).isEqualTo("111122223333");
        assertThat(qr.accountName()).isEqualTo("NGUYEN VAN A");
        String beneficiary = VietQr.parse(VietQr.parse(qr.payload()).get("38")).get("01");
        assertThat(VietQr.parse(beneficiary)).containsEntry("00", "970405").containsEntry("01", "111122223333");

        // no new VietQR order until the alliance verifies the new account; COD still sells
        assertThatThrownBy(() -> checkout.place(anotherBuyer(), UUID.randomUUID().toString(),
                order(product.id(), PaymentMethod.VIETQR)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> {
                    assertThat(v.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(v.messageKey()).isEqualTo("marketplace.checkout.vietQrPending");
                });
        checkout.place(anotherBuyer(), UUID.randomUUID().toString(), order(product.id(), PaymentMethod.COD));

        shops.setVerified(NGHE_AN, shop.id(), true);
        OrderView after = checkout.place(anotherBuyer(), UUID.randomUUID().toString(),
                order(product.id(), PaymentMethod.VIETQR));
        PaymentQr newQr = checkout.paymentQr(MANAGER, after.id());
        assertThat(newQr.bankBin()).isEqualTo("970418");
        assertThat(newQr.accountNumber()).isEqualTo("999988887777");
        // and the first order still pays the first account
        assertThat(checkout.paymentQr(buyer, placed.id()).accountNumber()).isEqualTo("111122223333");
    }

    @Test
    void theApiAnswersTheFrozenPayeeAndTheOwnerIsToldOfTheChange() throws Exception {
        ShopView shop = verifiedShop("444455556666");
        // the shop belongs to the demo household seller; the co-op manager changes its account
        jdbc.sql("update shops set owner_user_id = ? where id = ?").params(SELLER.id(), shop.id()).update();
        ProductView product = catalogue.addProduct(MANAGER, shop.id(), new NewProduct("Mật ong " + token(), null,
                Category.HONEY, "chai", 150_000, 5, null));
        OrderView placed = checkout.place(BUYER, UUID.randomUUID().toString(), order(product.id(), PaymentMethod.VIETQR));
        java.time.OffsetDateTime before = java.time.OffsetDateTime.now().minusSeconds(1);
        shops.change(MANAGER, shop.id(), withAccount(shop, "970422", "777766665555", "NGUOI KHAC"));

        mvc.perform(get("/api/v1/orders/{id}/payment-qr", placed.id()).with(httpBasic("buyer", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bankBin").value("970405"))
                .andExpect(jsonPath("$.accountNumber").value("444455556666"));
        // the owner's notice arrives after the commit, from the event listener
        long deadline = System.nanoTime() + 20_000_000_000L;
        long notices = 0;
        while (notices == 0 && System.nanoTime() < deadline) {
            notices = jdbc.sql("""
                    select count(*) from market_notifications
                    where user_id = ? and message_key = 'marketplace.notice.bankChanged' and created_at >= ?""")
                    .params(SELLER.id(), before).query(Long.class).single();
            if (notices == 0) {
                Thread.sleep(100);
            }
        }
        assertThat(notices).isEqualTo(1);
    }

    @Test
    void onlyTheShopsSellerChangesItsAccount() {
        ShopView shop = verifiedShop("121212121212");
        CurrentUser laoCaiManager = new CurrentUser(UUID.randomUUID(), "m-" + token(), "Quản lý Lào Cai",
                java.util.Set.of(vn.htxso.platform.Role.COOP_MANAGER), "15", COOP_LAO_CAI, null);
        assertThatThrownBy(() -> shops.change(laoCaiManager, shop.id(), withAccount(shop, "970418", "1234567890",
                "AI DO"))).isInstanceOf(vn.htxso.platform.Forbidden.class);
        assertThat(jdbc.sql("select bank_account from shops where id = ?").param(shop.id()).query(String.class)
                .single()).isEqualTo("121212121212");
    }
}
