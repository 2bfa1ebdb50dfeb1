package vn.htxso.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param checkInPeriodSeconds how long one check-in code shown at the door lasts (10–300 s); the previous code is
 *                             still accepted for one more period
 * @param checkInSecret the HMAC key of the codes; when empty, a random key is made at start-up (codes then last
 *                      only as long as the process, which is fine for a 30-second code on one server)
 */
@Validated
@ConfigurationProperties("htxso.learning")
record LearningProperties(@DefaultValue("30") @Min(10) @Max(300) int checkInPeriodSeconds,
                          @DefaultValue("") String checkInSecret) {
}
