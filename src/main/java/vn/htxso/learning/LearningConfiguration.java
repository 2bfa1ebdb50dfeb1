package vn.htxso.learning;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import vn.htxso.learning.internal.CertificateCodes;
import vn.htxso.learning.internal.CheckInCodes;
import vn.htxso.platform.PublicPaths;

@Configuration
@EnableConfigurationProperties(LearningProperties.class)
class LearningConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LearningConfiguration.class);

    /** The shortest check-in secret {@code prod} accepts (as for every {@code htxso.*secret*}). */
    static final int MIN_SECRET_BYTES = 32;

    /**
     * The codes' HMAC key. Every node of a cluster must share it (a code shown by one node is checked by another),
     * so {@code prod} refuses to start without one, or with one shorter than 32 bytes or marked {@code dev-only};
     * one that appears in the application's source is refused by the platform's prod check. Elsewhere a random key
     * of the process stands in.
     */
    @Bean
    CheckInCodes checkInCodes(LearningProperties properties, Environment environment) {
        byte[] key;
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            String secret = properties.checkInSecret();
            if (secret.isBlank()) {
                throw new IllegalStateException("htxso.learning.check-in-secret must be set in prod (every node "
                        + "shares it; set HTXSO_LEARNING_CHECKINSECRET)");
            }
            if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES || secret.contains("dev-only")) {
                throw new IllegalStateException("htxso.learning.check-in-secret is a default or too short (at least "
                        + MIN_SECRET_BYTES + " bytes)");
            }
        }
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
