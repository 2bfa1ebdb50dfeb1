package vn.htxso.assessment.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.assessment.AssessmentModels;
import vn.htxso.assessment.Assessments;
import vn.htxso.support.DemoUsers;
import vn.htxso.support.WebSliceTest;

/** The assessment-model upload form as a web slice: publishing without a file is refused on the form. */
@WebSliceTest(ModelController.class)
class ModelFormSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AssessmentModels models;
    @MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
    Assessments assessments;

    @Test
    void publishingWithoutAFileIs422WithTheMessageAndNothingIsPublished() throws Exception {
        mvc.perform(multipart("/admin/assessment-model").param("note", "v mới")
                        .with(DemoUsers.as(DemoUsers.ADMIN)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Hãy chọn tệp JSON.")));
        verify(models, never()).publish(any(), any(), any());
    }
}
