package vn.htxso.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock, in Vietnam's time zone, injected wherever "now" matters (tests replace it). */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(VnFormat.ZONE);
    }
}
