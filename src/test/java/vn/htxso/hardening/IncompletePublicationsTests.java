package vn.htxso.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import vn.htxso.support.DemoMvcTest;

/**
 * Crash safety (issue 15): an event whose listener had not finished when the process died stays in the
 * publication registry as incomplete, and is delivered when the application starts again (Spring Modulith's
 * {@code republish-outstanding-events-on-restart}, which resubmits exactly as this test does). bench/crash/run
 * proves the same with a real SIGKILL.
 */
@DemoMvcTest
class IncompletePublicationsTests {

    static final UUID BUYER = UUID.fromString("d0000000-0000-4000-8000-000000000006");
    static final UUID SHOP = UUID.fromString("b1000000-0000-4000-8000-000000000002");

    @Autowired JdbcClient jdbc;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired Environment environment;

    @Test
    void theApplicationResubmitsOutstandingEventsWhenItStarts() {
        assertThat(environment.getProperty("spring.modulith.events.republish-outstanding-events-on-restart",
                Boolean.class)).isTrue();
    }

    @Test
    void aPublicationLeftIncompleteByACrashIsDeliveredOnResubmission() throws Exception {
        UUID orderId = UUID.randomUUID();
        String code = "DHCRASH" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String event = """
                {"orderId":{"value":"%s"},"code":"%s","shopId":"%s","buyerId":"%s","totalVnd":100000}"""
                .formatted(orderId, code, SHOP, BUYER);
        UUID publication = UUID.randomUUID();
        // as the registry holds it after the process died between the order's commit and the listener's
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                  completion_date, status, completion_attempts)
                values (?, 'marketplace.notify.placed', 'vn.htxso.marketplace.OrderPlaced', ?, ?, null, 'PUBLISHED', 0)""")
                .params(publication, event, OffsetDateTime.now().minusMinutes(2)).update();

        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(publication));

        long deadline = System.nanoTime() + 20_000_000_000L;
        long notices = 0;
        while (notices == 0 && System.nanoTime() < deadline) {
            notices = jdbc.sql("""
                    select count(*) from market_notifications where order_id = ? and user_id = ?
                    and message_key = 'marketplace.notice.placed'""").params(orderId, BUYER).query(Long.class).single();
            Thread.sleep(100);
        }
        assertThat(notices).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mail_outbox where dedup_key like ?")
                .param("order:" + orderId + ":placed:buyer:%").query(Long.class).single()).isEqualTo(1);
        long open = 1;
        while (open > 0 && System.nanoTime() < deadline) {
            open = jdbc.sql("select count(*) from event_publication where id = ? and completion_date is null")
                    .param(publication).query(Long.class).single();
            Thread.sleep(100);
        }
        assertThat(open).isZero();
    }
}
