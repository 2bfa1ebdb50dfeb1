package vn.htxso.marketplace.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.ProductView;
import vn.htxso.support.BrowserTest;

/** Issue 20.2: a seller uploads a product photo from the real products page and buyers see it. */
class SellerPhotoBrowserTests extends BrowserTest {

    @Autowired Catalogue catalogue;

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE0A800));
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aSellerUploadsAPhotoFromTheProductsPageAndBuyersSeeIt() throws IOException {
        ProductView product = catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct("Mật ong ảnh " + token(),
                "Chai 500 ml", Category.HONEY, "chai", 150_000, 10, 500));
        signIn("seller");
        page.navigate("/market/seller/shops/" + SELLER_SHOP + "/products");
        Locator form = page.locator("form.photo-form").filter(new Locator.FilterOptions()
                .setHas(page.getByText(product.name(), new com.microsoft.playwright.Page.GetByTextOptions().setExact(true))));
        form.locator("input[type=file]").setInputFiles(new FilePayload("ong.png", "image/png", png()));
        Response answer = page.waitForNavigation(() -> form.locator("button[type=submit]").click());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(page.url()).endsWith("/market/seller/shops/" + SELLER_SHOP + "/products");
        assertThat(page.locator(".flash")).containsText("Đã lưu ảnh sản phẩm");

        page.navigate("/market/products/" + product.id());
        Locator photo = page.locator("img.product-photo");
        assertThat(photo).isVisible();
        Object width = photo.evaluate("img => img.complete ? img.naturalWidth : -1");
        assertThat(((Number) width).intValue()).isPositive();
    }
}
