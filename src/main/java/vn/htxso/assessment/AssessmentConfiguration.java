package vn.htxso.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.htxso.platform.PublicPaths;

/** The assessment module's public paths: the model is public. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    PublicPaths assessmentPublicPaths() {
        return PublicPaths.get("/api/v1/assessment-model");
    }
}
