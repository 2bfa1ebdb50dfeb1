package vn.htxso.traceability.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.htxso.platform.PublicPaths;

/**
 * The public side of traceability: GS1 Digital Link trace pages and the lots' EPCIS documents; and the diary's web
 * app manifest and service worker (a browser fetches a manifest without cookies; neither holds any data).
 */
@Configuration(proxyBeanMethods = false)
class TraceabilityPaths {

    @Bean
    PublicPaths traceabilityPublicPaths() {
        return PublicPaths.get("/01/**", "/00/**", "/api/v1/lots/*/*/events", "/trace/manifest.json",
                "/trace/sw.js");
    }
}
