package vn.htxso.platform.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How queued e-mails go out (the SMTP server itself is Spring's {@code spring.mail.*}, {@code SPRING_MAIL_HOST} …).
 *
 * @param from        the sender when the caller names none
 * @param poll        how often the outbox is read
 * @param maxAttempts attempts before a mail is given up (its row keeps the last error)
 * @param firstRetry  the pause after the first failure; it doubles after each further one
 */
@Validated
@ConfigurationProperties("htxso.mail")
record MailProperties(@DefaultValue("HTX Số <no-reply@htxso.vn>") @NotBlank String from,
                      @DefaultValue("5s") Duration poll,
                      @DefaultValue("8") @Positive int maxAttempts,
                      @DefaultValue("1m") Duration firstRetry) {
}
