package vn.htxso.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.SimilarListings;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** Listing help on the seller's product page, with similar listings found by Lucene's MoreLikeThis. */
@DemoMvcTest
class ListingHelpTests {

    static final UUID HONEY = UUID.fromString("e1000000-0000-4000-8000-000000000005");
    static final UUID MINT_HONEY = UUID.fromString("e1000000-0000-4000-8000-000000000006");
    static final UUID GREEN_TEA = UUID.fromString("e1000000-0000-4000-8000-000000000001");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    SimilarListings similarListings;
    @Autowired
    Catalogue catalogue;
    @Autowired
    ListingHelp help;

    @Test
    void moreLikeThisFindsTheOtherHoneyNotTheProductItself() {
        ProductView honey = catalogue.publicProduct(HONEY).orElseThrow();
        SimilarListings.Similar similar = similarListings.similar(honey, 5);
        assertThat(similar.method()).isEqualTo(SimilarListings.Method.MORE_LIKE_THIS);
        assertThat(similar.items()).extracting(ProductView::id).doesNotContain(HONEY);
        // other test classes share the database and may have listed honey of their own: the demo's other honey is
        // among the similar listings, not necessarily the first
        assertThat(similar.items()).extracting(ProductView::id).contains(MINT_HONEY);
        assertThat(similar.items()).extracting(ProductView::id).doesNotContain(GREEN_TEA);
    }

    @Test
    void theSellerSeesScoreWarningsAndSuggestionsOnTheProductPage() throws Exception {
        String page = mvc.perform(get("/market/seller/products/" + HONEY).with(DemoUsers.as(accounts, "seller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Gợi ý cho tin bán").contains("id=\"listing-score\"")
                .contains("id=\"suggested-title\"").contains("OCOP 4★").contains("Mật ong bạc hà")
                .contains("Lucene");
    }

    @Test
    void anotherSellerGetsNoAdvice() throws Exception {
        mvc.perform(get("/market/seller/products/" + GREEN_TEA).with(DemoUsers.as(accounts, "buyer")))
                .andExpect(status().isForbidden());
    }
}
