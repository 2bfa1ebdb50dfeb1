package vn.htxso.registry.internal.imports;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Chooses the import's writes by the database: COPY and set-based statements on PostgreSQL, batches elsewhere. */
@Configuration(proxyBeanMethods = false)
class ImportWritesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ImportWritesConfiguration.class);

    @Bean
    ImportWrites importWrites(DataSource dataSource, JdbcTemplate jdbc) {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            log.warn("Cannot tell the database ({}); imports write in batches", e.getMessage());
            product = "";
        }
        return "PostgreSQL".equalsIgnoreCase(product) ? new CopyImportWrites(jdbc) : new BatchedImportWrites(jdbc);
    }
}
