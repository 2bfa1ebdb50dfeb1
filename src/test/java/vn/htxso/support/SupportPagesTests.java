package vn.htxso.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.htxso.support.DemoUsers.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;


/** Support pages for each role, with the demo programme of Nghệ An. */
@DemoMvcTest
class SupportPagesTests {

    static final String PROGRAMME = "e0000000-0000-4000-8000-000000000001";
    static final String LAO_CAI_APPLICATION = "b0000000-0000-4000-8000-000000000006";

    @Autowired
    MockMvc mvc;

    @Test
    void eachRoleSeesItsOwnList() throws Exception {
        mvc.perform(get("/support").with(as(DemoUsers.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chương trình hỗ trợ chuyển đổi số HTX Nghệ An 2025–2030")))
                .andExpect(content().string(containsString("Gian hàng thương mại điện tử")))
                .andExpect(content().string(not(containsString("HTX Quế Hồi Văn Yên"))))
                .andExpect(content().string(not(containsString("style="))));
        mvc.perform(get("/support").with(as(DemoUsers.NGHEAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HTX Chè Thanh Chương")))
                .andExpect(content().string(not(containsString("HTX Quế Hồi Văn Yên"))));
        mvc.perform(get("/support").with(as(DemoUsers.PROVIDER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Viettel")))
                .andExpect(content().string(not(containsString("VNPT Lào Cai"))));
        mvc.perform(get("/support/applications/" + LAO_CAI_APPLICATION).with(as(DemoUsers.PROVIDER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/support/applications/" + LAO_CAI_APPLICATION).with(as(DemoUsers.NGHEAN)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/support/applications/" + LAO_CAI_APPLICATION + "/transition").param("to", "APPROVED")
                        .with(as(DemoUsers.NGHEAN)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/support/applications/" + LAO_CAI_APPLICATION).with(as(DemoUsers.LAOCAI)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Duyệt và giữ kinh phí")));
    }

    @Test
    void theProgrammePageAndTheEffectReport() throws Exception {
        mvc.perform(get("/support/programmes/" + PROGRAMME).with(as(DemoUsers.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng ký gói này")))
                .andExpect(content().string(containsString("IoT nông nghiệp")));
        mvc.perform(get("/support/programmes/" + PROGRAMME).with(as(DemoUsers.NGHEAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thêm gói vào danh mục")));
        mvc.perform(get("/support/programmes/" + PROGRAMME + "/effect").with(as(DemoUsers.NGHEAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thay đổi T0→T1")))
                .andExpect(content().string(containsString("(1 HTX)")))
                .andExpect(content().string(not(containsString("style="))));
        mvc.perform(get("/support/programmes/" + PROGRAMME + "/effect").with(as(DemoUsers.MANAGER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void badTransitionsShowTheRule() throws Exception {
        // the demo draft cannot be approved by the alliance (it is not under review)
        mvc.perform(post("/support/applications/b0000000-0000-4000-8000-000000000004/transition").param("to", "APPROVED")
                        .with(as(DemoUsers.NGHEAN)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Không thể chuyển hồ sơ")));
        mvc.perform(post("/support/applications/b0000000-0000-4000-8000-000000000004/transition").param("to", "NONSENSE")
                        .with(as(DemoUsers.MANAGER)).with(csrf()))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/support/programmes").param("name", "").param("budgetVnd", "-5")
                        .with(as(DemoUsers.NGHEAN)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/support/programmes/new").with(as(DemoUsers.NGHEAN))).andExpect(status().isOk());
        mvc.perform(get("/support/programmes/new").with(as(DemoUsers.MANAGER))).andExpect(status().isForbidden());
    }
}
