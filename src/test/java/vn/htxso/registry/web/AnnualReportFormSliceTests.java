package vn.htxso.registry.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.AdminUnits;
import vn.htxso.registry.AnnualReports;
import vn.htxso.registry.Directory;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.Sector;
import vn.htxso.support.DemoUsers;
import vn.htxso.support.TestClock;
import vn.htxso.support.WebSliceTest;

/** The annual report form as a web slice: a year after this one (by the test clock) is refused next to its field. */
@WebSliceTest(AnnualReportsController.class)
class AnnualReportFormSliceTests {

    static final Directory.Details CHE = new Directory.Details(DemoUsers.CHE, "2701000001", "HTX Chè Thanh Chương",
            OrganisationKind.HTX, "40", "Xã Hạnh Lâm", Sector.values()[0], OrganisationStatus.ACTIVE,
            LocalDate.of(2015, 3, 1), 42, null, null, null, null, null, null, null, null, 3);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Directory directory;
    @MockitoBean
    AnnualReports reports;
    @MockitoBean(name = "adminUnits")
    AdminUnits adminUnits;

    @BeforeEach
    void theManagersCoop() {
        when(directory.get(any(), any())).thenReturn(CHE);
        when(directory.editable(any(), any())).thenReturn(CHE);
        when(reports.list(any(), any())).thenReturn(List.of());
    }

    @Test
    void aYearAfterThisOneIs422WithTheMessageNextToTheYearAndNothingIsSaved() throws Exception {
        int nextYear = TestClock.TODAY.getYear() + 1;
        mvc.perform(post("/registry/organisations/" + DemoUsers.CHE + "/reports").with(DemoUsers.as(DemoUsers.MANAGER))
                        .with(csrf()).param("year", String.valueOf(nextYear)).param("members", "42"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Năm báo cáo không hợp lệ (không được sau năm nay).")));
        verify(reports, never()).save(any(), any(), any());
    }

    @Test
    void thisYearIsSaved() throws Exception {
        int thisYear = TestClock.TODAY.getYear();
        mvc.perform(post("/registry/organisations/" + DemoUsers.CHE + "/reports").with(DemoUsers.as(DemoUsers.MANAGER))
                        .with(csrf()).param("year", String.valueOf(thisYear)).param("members", "42"))
                .andExpect(redirectedUrl("/registry/organisations/" + DemoUsers.CHE + "/reports?year=" + thisYear));
        verify(reports).save(any(), any(), any());
    }
}
