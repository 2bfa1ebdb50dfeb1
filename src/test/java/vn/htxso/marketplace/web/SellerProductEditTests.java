package vn.htxso.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.ProductView;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** Issue 16.1: a seller edits every field of one product, or hides it, on a page of its own. */
@DemoMvcTest
class SellerProductEditTests {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;

    ProductView product() {
        return catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct("Mật ong sửa " + token(), "Chai 500 ml",
                Category.HONEY, "chai", 180_000, 12, null));
    }

    MockHttpServletRequestBuilder save(ProductView p, long version, String price, boolean hidden) {
        MockHttpServletRequestBuilder request = post("/market/seller/products/{id}", p.id()).with(csrf())
                .param("version", String.valueOf(version)).param("name", p.name() + " rừng")
                .param("description", "Mật ong hoa rừng, chai thuỷ tinh 500 ml").param("category", "HERB")
                .param("unit", "lọ").param("priceVnd", price).param("stock", "7");
        return hidden ? request.param("hidden", "true") : request;
    }

    @Test
    void theSellerChangesEveryFieldAndHidesTheProduct() throws Exception {
        ProductView p = product();
        String page = mvc.perform(get("/market/seller/products/{id}", p.id()).with(DemoUsers.as(SELLER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"180000\"").contains("inputmode=\"numeric\"").contains("name=\"hidden\"")
                .contains("name=\"photo\"").contains("Ẩn khỏi chợ");
        mvc.perform(save(p, p.version(), "195000", false).with(DemoUsers.as(SELLER)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/market/seller/products/" + p.id()));
        ProductView changed = catalogue.publicProduct(p.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo(p.name() + " rừng");
        assertThat(changed.description()).isEqualTo("Mật ong hoa rừng, chai thuỷ tinh 500 ml");
        assertThat(changed.category()).isEqualTo(Category.HERB);
        assertThat(changed.unit()).isEqualTo("lọ");
        assertThat(changed.priceVnd()).isEqualTo(195_000);
        assertThat(changed.stock()).isEqualTo(7);
        // hidden: buyers no longer see it, its seller still does
        mvc.perform(save(p, changed.version(), "195000", true).with(DemoUsers.as(SELLER)))
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.publicProduct(p.id())).isEmpty();
        mvc.perform(get("/market/products/{id}", p.id())).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/market/seller/products/{id}", p.id()).with(DemoUsers.as(SELLER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Sản phẩm đang ẩn");
    }

    @Test
    void anOldVersionBadNumbersAndAnotherSellerAreRefused() throws Exception {
        ProductView p = product();
        mvc.perform(save(p, p.version(), "195000", false).with(DemoUsers.as(SELLER)))
                .andExpect(status().is3xxRedirection());
        // the page of another tab still holds the first version
        assertThat(mvc.perform(save(p, p.version(), "150000", false).with(DemoUsers.as(SELLER)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("vừa được sửa ở nơi khác");
        assertThat(mvc.perform(save(p, p.version() + 1, "0", false).with(DemoUsers.as(SELLER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
                .contains("aria-invalid=\"true\"");
        assertThat(catalogue.publicProduct(p.id()).orElseThrow().priceVnd()).isEqualTo(195_000);
        mvc.perform(get("/market/seller/products/{id}", p.id()).with(DemoUsers.as(new CurrentUser(UUID.randomUUID(), "ho-khac", "Hộ khác",
                        Set.of(Role.MEMBER_SELLER), "15", COOP_LAO_CAI, null))))
                .andExpect(status().isForbidden());
    }
}
