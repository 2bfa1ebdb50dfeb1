package vn.htxso.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.htxso.marketplace.ProductMaintenance.PriceStockEdit;
import vn.htxso.marketplace.ProductMaintenance.RowProblem;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;
import vn.htxso.support.WithDemoData;

/** Seller and alliance tools: bulk editor, CSV import, photos, shop opening and verification, report scope. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = WithDemoData.class)
class SellerToolsTests {

    static final CurrentUser LAO_CAI = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-000000000003"),
            "laocai", "Liên minh HTX tỉnh Lào Cai", java.util.Set.of(Role.PROVINCE_ADMIN), "15", null, null);
    static final CurrentUser NATIONAL = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-000000000001"),
            "admin", "Liên minh HTX Việt Nam", java.util.Set.of(Role.NATIONAL_ADMIN), null, null, null);

    @Autowired Catalogue catalogue;
    @Autowired Checkout checkout;
    @Autowired ProductMaintenance maintenance;
    @Autowired ProductImport productImport;
    @Autowired ShopAdministration shops;
    @Autowired OperatingReport reports;
    @Autowired JdbcClient jdbc;

    ProductView product(String name, int stock) {
        return catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct(name, null, Category.HONEY, "chai", 100_000,
                stock, null));
    }

    long price(UUID id) {
        return jdbc.sql("select price_vnd from products where id = ?").param(id).query(Long.class).single();
    }

    @Test
    void theBulkEditorNeverOverwritesAChangeMadeMeanwhile() {
        ProductView first = product("Mật ong sửa giá " + token(), 10);
        ProductView second = product("Mật ong sửa giá " + token(), 10);
        // an order takes stock of the first product after the seller opened the editor
        checkout.place(anotherBuyer(), UUID.randomUUID().toString(), new PlaceOrder(
                List.of(new PlaceOrder.Item(first.id(), 3)), PaymentMethod.COD, address()));
        List<RowProblem> problems = maintenance.bulkUpdate(SELLER, SELLER_SHOP, List.of(
                new PriceStockEdit(1, first.id(), first.version(), 120_000, 10),
                new PriceStockEdit(2, second.id(), second.version(), 130_000, 8)));
        assertThat(problems).extracting(RowProblem::row).containsExactly(1);
        assertThat(problems.get(0).messageKey()).isEqualTo("marketplace.bulk.changed");
        assertThat(price(first.id())).isEqualTo(100_000);
        assertThat(jdbc.sql("select stock from products where id = ?").param(first.id()).query(Integer.class)
                .single()).isEqualTo(7);
        assertThat(price(second.id())).isEqualTo(130_000);
    }

    @Test
    void theBulkEditorRefusesBadNumbersAndOtherShopsProducts() {
        ProductView own = product("Mật ong " + token(), 1);
        ProductView other = catalogue.addProduct(MANAGER, COOP_SHOP, new NewProduct("Chè " + token(), null,
                Category.TEA, "kg", 50_000, 5, null));
        List<RowProblem> problems = maintenance.bulkUpdate(SELLER, SELLER_SHOP, List.of(
                new PriceStockEdit(1, own.id(), own.version(), 0, 1),
                new PriceStockEdit(2, own.id(), own.version(), 10, -1),
                new PriceStockEdit(3, other.id(), other.version(), 10, 1)));
        assertThat(problems).extracting(RowProblem::row).containsExactly(1, 2, 3);
        assertThat(price(other.id())).isEqualTo(50_000);
        assertThatThrownBy(() -> maintenance.bulkUpdate(SELLER, LAO_CAI_SHOP, List.of()))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void csvImportIsAllOrNothingWithRowErrors() throws Exception {
        String token = token();
        String good = "Tên sản phẩm,Danh mục,Đơn vị,Giá,Tồn kho\n"
                + "Mật ong nhập " + token + ",mật ong,chai,250.000,10\n"
                + "Chè nhập " + token + ",TEA,kg,180000,5\n";
        var result = productImport.importCsv(SELLER, SELLER_SHOP, stream(good), true);
        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(2);
        assertThat(count(token)).isZero();
        result = productImport.importCsv(SELLER, SELLER_SHOP, stream(good), false);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(count(token)).isEqualTo(2);
        assertThat(jdbc.sql("select price_vnd from products where name = ?").param("Mật ong nhập " + token)
                .query(Long.class).single()).isEqualTo(250_000);

        String other = token();
        String bad = "name,category,unit,price_vnd,stock\n"
                + "Gừng " + other + ",spice,kg,60000,10\n"
                + "Quế " + other + ",spice,kg,1500.5,10\n"
                + "Hồi " + other + ",spice,kg,0,-1\n";
        result = productImport.importCsv(SELLER, SELLER_SHOP, stream(bad), false);
        assertThat(result.imported()).isZero();
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(result.errors()).extracting(ProductImport.RowError::row).containsExactly(3L, 4L, 4L);
        assertThat(result.errors()).extracting(ProductImport.RowError::column)
                .containsExactly("price_vnd", "price_vnd", "stock");
        assertThat(count(other)).isZero();

        result = productImport.importCsv(SELLER, SELLER_SHOP, stream("name,unit\nA,kg\n"), false);
        assertThat(result.errors()).extracting(ProductImport.RowError::column).contains("price_vnd", "stock");
    }

    @Test
    void aSellerCannotGiveOcopStarsThroughTheImport() throws Exception {
        String token = token();
        String stars = "Tên sản phẩm,Danh mục,Đơn vị,Giá,Tồn kho,Sao OCOP,Số chứng nhận,Ngày cấp\n"
                + "Mật ong sao " + token + ",mật ong,chai,250.000,10,5,OCOP-TU-CAP,15/03/2025\n";
        var result = productImport.importCsv(SELLER, SELLER_SHOP, stream(stars), false);
        assertThat(result.imported()).isZero();
        assertThat(result.errors()).extracting(ProductImport.RowError::column).containsExactly("ocop_stars");
        assertThat(result.errors().get(0).message()).containsAnyOf("liên minh", "alliance");
        assertThat(count(token)).isZero();
    }

    int count(String token) {
        return jdbc.sql("select count(*) from products where name like ?").param("%" + token)
                .query(Integer.class).single();
    }

    static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void photosAreCheckedByContentAndShrunk() throws Exception {
        ProductView product = product("Mật ong ảnh " + token(), 1);
        BufferedImage big = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(big, "png", png);
        maintenance.uploadPhoto(SELLER, product.id(), png.toByteArray());
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(maintenance.thumbnail(product.id()).orElseThrow()));
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(213);

        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> maintenance.uploadPhoto(SELLER, product.id(), script))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("platform.upload.type");
        byte[] fakeJpeg = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5};
        assertThatThrownBy(() -> maintenance.uploadPhoto(SELLER, product.id(), fakeJpeg))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("platform.upload.type");
        assertThatThrownBy(() -> maintenance.uploadPhoto(SELLER, product.id(), new byte[ProductMaintenance.MAX_PHOTO_BYTES + 1]))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("marketplace.photo.size");
        ProductView laoCai = catalogue.productsOf(LAO_CAI_SHOP).get(0);
        assertThatThrownBy(() -> maintenance.uploadPhoto(SELLER, laoCai.id(), png.toByteArray()))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aNewShopSellsOnlyOnceItsProvinceVerifiesIt() {
        ShopView shop = shops.open(MANAGER, new NewShop("Hộ thử " + token(), null, "Xã Hạnh Lâm", true, "970418",
                "21510009999999", "HO THU", 20_000, 45_000L, null));
        assertThat(shop.provinceCode()).isEqualTo("40");
        assertThat(shop.verified()).isFalse();
        String token = token();
        ProductView product = catalogue.addProduct(MANAGER, shop.id(), new NewProduct("Gừng gió " + token, null,
                Category.SPICE, "kg", 40_000, 9, null));
        assertThat(catalogue.search(ProductSearch.of(token, null, null, 0, 20)).total()).isZero();
        assertThat(catalogue.publicProduct(product.id())).isEmpty();
        assertThatThrownBy(() -> shops.setVerified(LAO_CAI, shop.id(), true)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> shops.open(SELLER, new NewShop("x", null, "y", false, "970418", "123456", "X", 0,
                null, null))).isInstanceOf(Forbidden.class);
        shops.setVerified(NGHE_AN, shop.id(), true);
        var found = catalogue.search(ProductSearch.of("gung gio " + token, null, null, 0, 20));
        assertThat(found.items()).extracting(ProductView::id).containsExactly(product.id());
        assertThat(found.items().get(0).ethnicMinorityOwner()).isTrue();
        assertThat(shops.shopsForAdmin(LAO_CAI)).extracting(ShopView::provinceCode).containsOnly("15");
        // delivery fee by province: 20.000 ₫ in Nghệ An, 45.000 ₫ elsewhere
        var near = new PlaceOrder.ShippingAddress("Hà", "0912345003", "40", "Phường Trường Vinh", "1 Lê Lợi");
        assertThat(checkout.place(anotherBuyer(), token(), new PlaceOrder(List.of(new PlaceOrder.Item(product.id(), 1)),
                PaymentMethod.COD, near)).deliveryFeeVnd()).isEqualTo(20_000);
        assertThat(checkout.place(anotherBuyer(), token(), new PlaceOrder(List.of(new PlaceOrder.Item(product.id(), 1)),
                PaymentMethod.COD, address())).deliveryFeeVnd()).isEqualTo(45_000);
        // its seller changes the settings; another co-op's manager cannot
        ShopView changed = shops.change(MANAGER, shop.id(), new NewShop("Hộ thử đổi tên", "Câu chuyện", "Xã Hạnh Lâm",
                true, "970405", "3600200000001", "HO THU", 15_000, null, 300_000L));
        assertThat(changed.bankBin()).isEqualTo("970405");
        assertThat(changed.deliveryFeeFarVnd()).isNull();
        assertThatThrownBy(() -> shops.change(SELLER, shop.id(), new NewShop("x", null, "y", false, "970418",
                "123456", "X", 0, null, null))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> shops.change(MANAGER, shop.id(), new NewShop("x", null, "y", false, "97041",
                "123456", "X", 0, null, null))).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void theReportKeepsProvinceAdminsInTheirProvince() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        var own = reports.report(NGHE_AN, from, to, "15");
        assertThat(own.province()).isEqualTo("40");
        assertThat(own.byProvince()).extracting(OperatingReport.ProvinceRow::provinceCode).containsOnly("40");
        assertThat(own.byMonth()).hasSize(12);
        var national = reports.report(NATIONAL, from, to, null);
        assertThat(national.byProvince()).extracting(OperatingReport.ProvinceRow::provinceCode).contains("40", "15");
        assertThat(national.totals().orders()).isGreaterThanOrEqualTo(own.totals().orders());
        // the demo's completed orders of 2026 before November: at least those seven
        var demo = reports.report(NATIONAL, from, LocalDate.of(2026, 10, 31), null);
        assertThat(demo.totals().completed()).isGreaterThanOrEqualTo(6);
        assertThat(demo.byMonth().stream().mapToLong(OperatingReport.MonthRow::orders).sum())
                .isEqualTo(demo.totals().orders());
        assertThatThrownBy(() -> reports.report(SELLER, from, to, null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> reports.report(NATIONAL, to, from, null)).isInstanceOf(BusinessRuleViolation.class);
    }
}
