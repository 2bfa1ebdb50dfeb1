package vn.htxso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
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
        SpringApplication.run(HtxSoApplication.class, args);
    }
}
