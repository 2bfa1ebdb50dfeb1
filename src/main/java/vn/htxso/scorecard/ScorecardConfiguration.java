package vn.htxso.scorecard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.htxso.platform.PublicPaths;

/** The public commune pages are open to everyone. */
@Configuration(proxyBeanMethods = false)
class ScorecardConfiguration {

    @Bean
    PublicPaths scorecardPublicPaths() {
        return PublicPaths.get("/communes/**");
    }
}
