package vn.htxso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** HTX Số: one modular monolith; each top-level package is a module verified by Spring Modulith. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@Modulithic(sharedModules = "platform", systemName = "HTX Số")
public class HtxSoApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(HtxSoApplication.class);
        if (Boolean.getBoolean("htxso.startup-steps")) {
            // profiling only: records each start-up step (bean creation, refresh phases) for the actuator's
            // startup endpoint (expose it with --management.endpoints.web.exposure.include=health,startup)
            application.setApplicationStartup(new BufferingApplicationStartup(20_000));
        }
        application.run(args);
    }
}
