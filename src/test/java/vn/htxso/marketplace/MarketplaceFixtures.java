package vn.htxso.marketplace;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;

/** Demo accounts and shops the marketplace tests use (see R__demo_30_marketplace.sql). */
public final class MarketplaceFixtures {

    public static final UUID COOP_NGHE_AN = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    public static final UUID COOP_LAO_CAI = UUID.fromString("a0000000-0000-4000-8000-000000000002");
    public static final UUID SELLER_SHOP = UUID.fromString("b1000000-0000-4000-8000-000000000002");
    public static final UUID COOP_SHOP = UUID.fromString("b1000000-0000-4000-8000-000000000001");
    public static final UUID LAO_CAI_SHOP = UUID.fromString("b1000000-0000-4000-8000-000000000007");
    public static final UUID UNVERIFIED_SHOP = UUID.fromString("b1000000-0000-4000-8000-000000000004");
    public static final UUID DEMO_VIETQR_ORDER = UUID.fromString("f1000000-0000-4000-8000-000000000001");
    public static final UUID DEMO_COD_ORDER = UUID.fromString("f1000000-0000-4000-8000-000000000002");
    public static final UUID DEMO_LAO_CAI_ORDER = UUID.fromString("f1000000-0000-4000-8000-000000000003");

    public static final CurrentUser SELLER = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-000000000005"),
            "seller", "Lô Thị Mai", Set.of(Role.MEMBER_SELLER), "40", COOP_NGHE_AN, null);
    public static final CurrentUser MANAGER = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-000000000004"),
            "htx-manager", "Nguyễn Văn Hùng", Set.of(Role.COOP_MANAGER), "40", COOP_NGHE_AN, null);
    public static final CurrentUser BUYER = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-000000000006"),
            "buyer", "Trần Thu Hà", Set.of(Role.BUYER), null, null, null);
    public static final CurrentUser NGHE_AN = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-000000000002"),
            "nghean", "Liên minh HTX tỉnh Nghệ An", Set.of(Role.PROVINCE_ADMIN), "40", null, null);

    private MarketplaceFixtures() {
    }

    /** A buyer account that exists only in the test (orders need no user row). */
    public static CurrentUser anotherBuyer() {
        return new CurrentUser(UUID.randomUUID(), "buyer-" + token(), "Người mua thử", Set.of(Role.BUYER), null,
                null, null);
    }

    /** Letters only, so that the analyzer keeps it as one token. */
    public static String token() {
        StringBuilder s = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    public static PlaceOrder.ShippingAddress address() {
        return new PlaceOrder.ShippingAddress("Trần Thu Hà", "0912345003", "01", "Phường Hoàn Kiếm", "12 Hàng Bạc");
    }
}
