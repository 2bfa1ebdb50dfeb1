package vn.htxso.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.support.DemoMvcTest;

/** Issue 16.6: a product with a published lot links to its trace page; 404 pages name the thing in Vietnamese. */
@DemoMvcTest
class ProductOriginLinkTests {

    @Autowired MockMvc mvc;

    @Test
    void theDemoTeaLinksToItsPublishedLot() throws Exception {
        String tea = mvc.perform(get("/market/products/e1000000-0000-4000-8000-000000000001"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tea).containsPattern("<a class=\"button origin\" href=\"/01/\\d{14}/10/[^\"]+\">Xem nguồn gốc</a>");
        String honey = mvc.perform(get("/market/products/e1000000-0000-4000-8000-000000000002"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(honey).doesNotContain("Xem nguồn gốc");
    }

    @Test
    void notFoundNamesTheThingInTheReadersLanguage() throws Exception {
        String vi = mvc.perform(get("/market/products/00000000-0000-4000-8000-000000000000"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(vi).doesNotContain("Không tìm thấy product");
        String api = mvc.perform(get("/api/v1/products/00000000-0000-4000-8000-000000000000"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(api).contains("Không tìm thấy sản phẩm").doesNotContain("Không tìm thấy product");
    }
}
