package vn.htxso.platform.internal.cluster;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

import tools.jackson.databind.ObjectMapper;

/**
 * Cluster profile: events annotated {@code @Externalized("htxso.events::<routing key>")} go to RabbitMQ's topic
 * exchange {@code htxso.events} as JSON, after their transaction commits, through Spring Modulith's externalisation
 * support, so the JDBC event-publication registry records each one and republishes the unfinished ones. This is what
 * {@code spring-modulith-events-amqp} does (it is not on the Maven mirror reachable here); publisher confirms make a
 * send count only once the broker has it.
 * <p>
 * Every message carries a stable {@code messageId} (and header {@code event-id}): a name-based UUID of the routing key
 * and the JSON body, so a republished event has the same id and consumers drop duplicates by it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("cluster")
class RabbitEventExternalization {

    static final String EXCHANGE = "htxso.events";

    @Bean
    TopicExchange htxsoEventsExchange() {
        return new TopicExchange(EXCHANGE, true, false);
    }

    @Bean
    DelegatingEventExternalizer rabbitEventExternalizer(EventExternalizationConfiguration configuration,
                                                        RabbitTemplate rabbit, ObjectMapper json) {
        return new DelegatingEventExternalizer(configuration, (target, payload) -> send(rabbit, json, target, payload));
    }

    private static CompletableFuture<?> send(RabbitTemplate rabbit, ObjectMapper json, RoutingTarget target,
                                             Object payload) {
        byte[] body = json.writeValueAsBytes(payload);
        String key = target.getKey() == null ? "" : target.getKey();
        String eventId = eventId(key, body);
        Message message = MessageBuilder.withBody(body)
                .setContentType("application/json")
                .setContentEncoding(StandardCharsets.UTF_8.name())
                .setMessageId(eventId)
                .setType(payload.getClass().getSimpleName())
                .setHeader("event-id", eventId)
                .setHeader("event-type", payload.getClass().getSimpleName())
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .build();
        rabbit.invoke(operations -> {
            operations.send(target.getTarget(), key, message);
            operations.waitForConfirmsOrDie(10_000);
            return null;
        });
        return CompletableFuture.completedFuture(eventId);
    }

    static String eventId(String routingKey, byte[] body) {
        byte[] keyBytes = routingKey.getBytes(StandardCharsets.UTF_8);
        byte[] name = new byte[keyBytes.length + 1 + body.length];
        System.arraycopy(keyBytes, 0, name, 0, keyBytes.length);
        name[keyBytes.length] = '\n';
        System.arraycopy(body, 0, name, keyBytes.length + 1, body.length);
        return UUID.nameUUIDFromBytes(name).toString();
    }
}
