package vn.htxso.traceability;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param publicBaseUrl the scheme and host printed in GS1 Digital Link QR codes and EPCIS ids; when empty, the
 *                      platform's {@code htxso.platform.public-base-url}
 */
@Validated
@ConfigurationProperties("htxso.traceability")
record TraceabilityProperties(@DefaultValue("") @Pattern(regexp = "(https?://\\S+)?") String publicBaseUrl) {
}
