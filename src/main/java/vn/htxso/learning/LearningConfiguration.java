package vn.htxso.learning;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.htxso.learning.internal.CertificateCodes;
import vn.htxso.learning.internal.CheckInCodes;
import vn.htxso.platform.PublicPaths;

@Configuration
@EnableConfigurationProperties(LearningProperties.class)
class LearningConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LearningConfiguration.class);

    @Bean
    CheckInCodes checkInCodes(LearningProperties properties) {
        byte[] key;
        if (properties.checkInSecret().isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            log.info("No htxso.learning.check-in-secret: check-in codes use a random key of this process");
        } else {
            key = properties.checkInSecret().getBytes(StandardCharsets.UTF_8);
        }
        return new CheckInCodes(key, properties.checkInPeriodSeconds());
    }

    @Bean
    CertificateCodes certificateCodes() {
        return new CertificateCodes();
    }

    /** The catalogue, the event list, certificate verification and the organiser's offline worker are public. */
    @Bean
    PublicPaths learningPublicPaths() {
        return PublicPaths.get("/learning", "/learning/courses/*", "/learning/events", "/learning/events/*",
                "/learning/sw.js", "/learning/news", "/learning/news/*", "/learning/news/*/image",
                "/learning/news/*/qr.png", "/learning/materials", "/verify", "/verify/**", "/api/v1/courses", "/api/v1/events", "/api/v1/materials", "/api/v1/materials/*/file", "/api/v1/certificates/**");
    }
}
