package vn.htxso.platform.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the demo data is written (demo profile).
 *
 * @param background true: after the application answers, on a background thread (a fresh demo is usable in
 *                   seconds); false: before the start completes (the tests, which read demo data at once)
 * @param stopWait   how long a stop waits for the fixture that is running to commit
 */
@ConfigurationProperties("htxso.demo")
record DemoProperties(@DefaultValue("true") boolean background, @DefaultValue("60s") Duration stopWait) {
}
