package vn.htxso.platform.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in throttling. An account locks after {@code maxAccountFailures} failures; an address is slowed only far
 * later ({@code maxAddressFailures} in {@code addressWindow}), since many honest people share one address.
 */
@Validated
@ConfigurationProperties("htxso.platform.login")
record LoginProperties(@DefaultValue("5") @Min(1) int maxAccountFailures,
                       @DefaultValue("15m") Duration accountLockDuration,
                       @DefaultValue("100") @Min(100) int maxAddressFailures,
                       @DefaultValue("15m") Duration addressWindow,
                       @DefaultValue("500ms") Duration slowDownStep) {
}
