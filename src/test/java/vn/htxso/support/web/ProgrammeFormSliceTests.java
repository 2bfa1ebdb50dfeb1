package vn.htxso.support.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.assessment.Assessments;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.Province;
import vn.htxso.support.DemoUsers;
import vn.htxso.support.Programmes;
import vn.htxso.support.TestClock;
import vn.htxso.support.WebSliceTest;

/** The new-programme form as a web slice: a programme without a name is refused next to its field. */
@WebSliceTest(ProgrammesController.class)
class ProgrammeFormSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Programmes programmes;
    @MockitoBean
    Assessments assessments;
    @MockitoBean(name = "adminUnits")
    AdminUnits adminUnits;

    @Test
    void aProgrammeWithoutANameIs422WithTheMessageAndNothingIsCreated() throws Exception {
        when(adminUnits.province("40")).thenReturn(Optional.of(new Province("40", "Nghệ An")));
        mvc.perform(post("/support/programmes").with(DemoUsers.as(DemoUsers.NGHEAN)).with(csrf())
                        .param("name", " ").param("budgetVnd", "500000000")
                        .param("startsOn", TestClock.TODAY.toString())
                        .param("endsOn", TestClock.TODAY.plusYears(1).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Cần nhập tên chương trình.")));
        verify(programmes, never()).create(any(), any());
    }
}
