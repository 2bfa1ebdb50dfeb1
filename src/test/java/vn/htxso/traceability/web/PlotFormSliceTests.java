package vn.htxso.traceability.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.support.DemoUsers;
import vn.htxso.support.WebSliceTest;
import vn.htxso.traceability.FarmDiary;
import vn.htxso.traceability.Traceability;

/** The new-plot form as a web slice: an area that is not a number is refused next to its field. */
@WebSliceTest(DiaryController.class)
class PlotFormSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FarmDiary diary;
    @MockitoBean
    Traceability traceability;
    @MockitoBean
    PhotoReader photos;

    @Test
    void anAreaThatIsNotANumberIs422WithTheMessageAndNoPlotIsMade() throws Exception {
        mvc.perform(post("/trace/plots").with(DemoUsers.as(DemoUsers.MANAGER)).with(csrf())
                        .param("name", "Đồi chè số 7").param("communeName", "Xã Hạnh Lâm")
                        .param("areaM2", "nhiều").param("crop", "Chè").param("standard", "VIETGAP"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "<p class=\"error\" id=\"areaM2-error\">Giá trị không hợp lệ (ví dụ số: 42,5).</p>")))
                .andExpect(content().string(containsString("name=\"name\" value=\"Đồi ch&egrave; số 7\"")));
        verify(diary, never()).createPlot(any(), any());
    }
}
