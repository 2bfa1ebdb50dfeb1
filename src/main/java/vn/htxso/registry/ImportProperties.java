package vn.htxso.registry;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** Limits of the cooperative import (API.md: 20 MB and 100,000 rows in one request). */
@Validated
@ConfigurationProperties("htxso.registry.import")
record ImportProperties(@DefaultValue("100000") @Positive int maxRows,
                        @DefaultValue("20MB") DataSize maxFileSize,
                        @DefaultValue("1000") @Positive int batchSize) {
}
