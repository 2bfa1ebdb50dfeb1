package vn.htxso.platform.internal.cluster;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Cluster profile: state the nodes share in PostgreSQL. Sign-in failures per address are Bucket4j buckets in the table
 * {@code address_failure_buckets} (a row per address, locked with SELECT … FOR UPDATE while it changes); expired rows
 * are removed every few minutes by one node (ShedLock).
 */
@Configuration(proxyBeanMethods = false)
@Profile("cluster")
public class ClusterState {

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> addressFailureBuckets(DataSource dataSource) {
        return sharedAddressFailureBuckets(dataSource);
    }

    /** The buckets every node of a cluster shares (also what {@code SharedAddressFailuresTests} runs on). */
    public static PostgreSQLSelectForUpdateBasedProxyManager<String> sharedAddressFailureBuckets(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("address_failure_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    @Bean
    ExpiredBuckets expiredAddressFailureBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets,
                                                DataSource dataSource) {
        return new ExpiredBuckets(buckets, JdbcClient.create(dataSource));
    }

    /**
     * Deletes buckets that are full again (nothing to remember), once across the nodes, and the empty rows that
     * Bucket4j inserts when an address that never failed is only looked at (every sign-in checks its address).
     */
    static class ExpiredBuckets {

        private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
        private final JdbcClient jdbc;

        ExpiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets, JdbcClient jdbc) {
            this.buckets = buckets;
            this.jdbc = jdbc;
        }

        @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
        @SchedulerLock(name = "platform.addressFailures.removeExpired", lockAtMostFor = "PT4M")
        void removeExpired() {
            while (buckets.removeExpired(1000) >= 1000) {
                Thread.onSpinWait();
            }
            jdbc.sql("delete from address_failure_buckets where state is null").update();
        }
    }
}
