package vn.htxso.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.Checkout;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.NewShop;
import vn.htxso.marketplace.OrderView;
import vn.htxso.marketplace.PaymentMethod;
import vn.htxso.marketplace.PlaceOrder;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.ShopAdministration;
import vn.htxso.marketplace.ShopView;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.WithDemoData;

/**
 * "E-mail for real" (issue 15): notifications go out through SMTP ({@code spring.mail.*}) to a real SMTP server in
 * this JVM (GreenMail), in the recipient's language, after the commit, retried while the server is down, and a
 * checkout never waits for it.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "htxso.mail.poll=200ms", "htxso.mail.first-retry=300ms",
    "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000"})
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles(resolver = WithDemoData.class)
class MailDeliveryTests {

    static final int PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired Catalogue catalogue;
    @Autowired Checkout checkout;
    @Autowired ShopAdministration shops;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CurrentUser buyerWithMail(String locale) {
        String address = "mua-" + token() + "@example.vn";
        CurrentUser buyer = accounts.registerBuyer(address, "Người mua " + token(), "mat-khau-dai-12345").orElseThrow();
        if (locale != null) {
            jdbc.sql("update users set locale = ? where id = ?").params(locale, buyer.id()).update();
        }
        return buyer;
    }

    private OrderView order(CurrentUser buyer, PaymentMethod method) {
        ProductView product = catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct("Mật ong thư " + token(),
                null, Category.HONEY, "chai", 90_000, 5, 500));
        return checkout.place(buyer, UUID.randomUUID().toString(),
                new PlaceOrder(List.of(new PlaceOrder.Item(product.id(), 1)), method, address()));
    }

    private static MimeMessage awaitMail(Predicate<MimeMessage> wanted) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            var found = Arrays.stream(smtp.getReceivedMessages()).filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such mail arrived; received: " + Arrays.stream(smtp.getReceivedMessages())
                .map(m -> to(m) + " " + subject(m)).toList());
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            return "?";
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "?";
        }
    }

    @Test
    void theBuyerReceivesTheOrderMailInVietnamese() throws Exception {
        CurrentUser buyer = buyerWithMail(null);
        OrderView placed = order(buyer, PaymentMethod.COD);
        MimeMessage mail = awaitMail(m -> to(m).equals(buyer.username()) && subject(m).contains(placed.code()));
        assertThat(mail.getSubject()).isEqualTo("Đơn hàng " + placed.code() + " đã được đặt");
        assertThat(mail.getContent().toString()).contains(placed.code());
        assertThat(mail.getContentType()).containsIgnoringCase("utf-8");
        assertThat(mail.getFrom()[0].toString()).contains("cho@htxso.vn");
    }

    @Test
    void anEnglishSpeakingBuyerReceivesItInEnglishAndOnlyOnce() throws Exception {
        CurrentUser buyer = buyerWithMail("en");
        OrderView placed = order(buyer, PaymentMethod.COD);
        MimeMessage mail = awaitMail(m -> to(m).equals(buyer.username()) && subject(m).contains(placed.code()));
        assertThat(mail.getSubject()).isEqualTo("Order " + placed.code() + " was placed");
        Thread.sleep(1_000);
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).equals(buyer.username()) && subject(m).contains(placed.code()))).hasSize(1);
    }

    @Test
    void aChangedBankAccountIsMailedToTheShopsOwner() throws Exception {
        CurrentUser owner = buyerWithMail(null);
        ShopView shop = shops.open(MANAGER, new NewShop("Hộ thử " + token(), null, "Xã Hạnh Lâm", true, "970405",
                "135792468000", "HO THU", 15_000, null, null));
        jdbc.sql("update shops set owner_user_id = ? where id = ?").params(owner.id(), shop.id()).update();
        shops.change(MANAGER, shop.id(), new NewShop(shop.name(), null, shop.communeName(), true, "970418",
                "246813579000", "AI DO", 15_000, null, null));
        MimeMessage mail = awaitMail(m -> to(m).equals(owner.username()) && subject(m).contains(shop.name()));
        assertThat(mail.getSubject()).isEqualTo("Tài khoản ngân hàng của gian hàng " + shop.name() + " đã thay đổi");
        assertThat(mail.getContent().toString()).contains("9000").contains("htx-manager");
    }

    @Test
    void aMailServerThatIsDownNeitherBlocksTheCheckoutNorLosesTheMail() throws Exception {
        CurrentUser buyer = buyerWithMail(null);
        smtp.stop();
        OrderView placed;
        try {
            placed = order(buyer, PaymentMethod.COD);
            assertThat(placed.code()).isNotBlank();
            // the sender tried and failed: the mail waits in the outbox with its error
            long deadline = System.nanoTime() + 20_000_000_000L;
            Integer attempts = 0;
            while (attempts == 0 && System.nanoTime() < deadline) {
                attempts = jdbc.sql("""
                        select coalesce(max(attempts), 0) from mail_outbox
                        where to_address = ? and sent_at is null and last_error is not null""")
                        .param(buyer.username()).query(Integer.class).single();
                Thread.sleep(100);
            }
            assertThat(attempts).isPositive();
        } finally {
            smtp.start();
        }
        OrderView order = placed;
        awaitMail(m -> to(m).equals(buyer.username()) && subject(m).contains(order.code()));
        // the server has the mail; the outbox row is marked sent when the sender's transaction commits, just after
        long sent = 0;
        for (long deadline = System.nanoTime() + 20_000_000_000L; sent == 0 && System.nanoTime() < deadline; ) {
            sent = jdbc.sql("select count(*) from mail_outbox where to_address = ? and sent_at is not null")
                    .param(buyer.username()).query(Long.class).single();
            Thread.sleep(sent == 0 ? 100 : 0);
        }
        assertThat(sent).isEqualTo(1);
    }

    @Test
    void aLockedAccountsOwnerIsMailedALinkThatLiftsTheLockOnce() throws Exception {
        CurrentUser owner = buyerWithMail(null);
        for (int i = 0; i < 5; i++) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .param("username", owner.username()).param("password", "sai-" + i));
        }
        assertThat(jdbc.sql("select locked_until is not null from users where id = ?").param(owner.id())
                .query(Boolean.class).single()).isTrue();
        MimeMessage mail = awaitMail(m -> to(m).equals(owner.username()) && subject(m).contains("khoá"));
        String body = mail.getContent().toString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/login/unlock\\?token=([A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String token = link.group(1);
        var get = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login/unlock")
                .param("token", token);
        assertThat(mvc.perform(get).andReturn().getResponse().getStatus()).isEqualTo(200);
        var unlock = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login/unlock")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("token", token);
        assertThat(mvc.perform(unlock).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(jdbc.sql("select locked_until is null and failed_attempts = 0 from users where id = ?")
                .param(owner.id()).query(Boolean.class).single()).isTrue();
        // the same link again lifts nothing
        assertThat(mvc.perform(unlock).andReturn().getResponse().getStatus()).isEqualTo(422);
    }
}
