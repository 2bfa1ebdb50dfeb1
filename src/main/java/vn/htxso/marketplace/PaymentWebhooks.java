package vn.htxso.marketplace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.htxso.platform.BusinessRuleViolation;

/**
 * Checks the HMAC-SHA256 signature of a bank-statement notification. The secret comes from
 * {@code htxso.marketplace.webhook-secret}; outside {@code prod} a development secret stands in when none is set,
 * in {@code prod} the application refuses to start without one.
 */
@Service
public class PaymentWebhooks {

    static final String DEVELOPMENT_SECRET = "htxso-development-webhook-secret-not-for-production";

    private final byte[] secret;

    PaymentWebhooks(MarketplaceProperties properties, Environment environment) {
        String configured = properties.webhookSecret();
        if (configured == null || configured.isBlank()) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("htxso.marketplace.webhook-secret must be set in prod");
            }
            configured = DEVELOPMENT_SECRET;
        }
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
    }

    /** Throws 401 unless {@code signature} (hex, optionally prefixed {@code sha256=}) signs {@code body}. */
    public void verify(byte[] body, String signature) {
        if (signature == null || signature.isBlank()) {
            throw new BusinessRuleViolation(HttpStatus.UNAUTHORIZED, "marketplace.webhook.badSignature");
        }
        String hex = signature.strip();
        if (hex.startsWith("sha256=")) {
            hex = hex.substring(7);
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hex.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(HttpStatus.UNAUTHORIZED, "marketplace.webhook.badSignature");
        }
        if (!MessageDigest.isEqual(sign(body), given)) {
            throw new BusinessRuleViolation(HttpStatus.UNAUTHORIZED, "marketplace.webhook.badSignature");
        }
    }

    public byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body == null ? new byte[0] : Arrays.copyOf(body, body.length));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
