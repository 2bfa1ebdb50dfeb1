package vn.htxso.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** Issue 16: the province and national assessment views as PDF, in Vietnamese with the font embedded. */
@DemoMvcTest
class OverviewPdfTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;

    String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return all.toString();
    }

    @Test
    void theProvinceViewIsAPdfInVietnameseAndKeepsToTheProvince() throws Exception {
        byte[] pdf = mvc.perform(get("/assessment/overview.pdf").param("lang", "vi")
                        .with(DemoUsers.as(accounts, "nghean")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
        String text = text(pdf);
        assertThat(text).contains("Nghệ An", "Trung bình theo trụ cột", "Lãnh đạo và chiến lược", "Theo xã/phường")
                .doesNotContain("Lào Cai");

        // asking for another province gives a province admin their own (or nothing), never Lào Cai's figures
        var other = mvc.perform(get("/assessment/overview.pdf").param("province", "15")
                .with(DemoUsers.as(accounts, "nghean"))).andReturn().getResponse();
        if (other.getStatus() == 200) {
            assertThat(text(other.getContentAsByteArray())).doesNotContain("Lào Cai");
        } else {
            assertThat(other.getStatus()).isIn(403, 404);
        }
    }

    @Test
    void theNationalViewIsAPdfForTheNationalAlliance() throws Exception {
        byte[] pdf = mvc.perform(get("/assessment/overview.pdf").with(DemoUsers.as(accounts, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("toàn quốc", "Theo lĩnh vực");
        mvc.perform(get("/assessment/overview.pdf").with(DemoUsers.as(accounts, "buyer")))
                .andExpect(status().is4xxClientError());
    }
}
