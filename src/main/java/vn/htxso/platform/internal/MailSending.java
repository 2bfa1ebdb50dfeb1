package vn.htxso.platform.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: on one node at a time (ShedLock), each mail in its own step, a failure retried after a pause
 * that doubles ({@code htxso.mail.first-retry}, up to {@code max-attempts}). Without an SMTP host
 * ({@code spring.mail.host} unset, as in the demo) mails are written to the log instead.
 */
@Component
class MailSending {

    private static final Logger log = LoggerFactory.getLogger(MailSending.class);

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;
    private final Clock clock;

    MailSending(MailOutbox outbox, ObjectProvider<JavaMailSender> sender, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${htxso.mail.poll:5s}", initialDelayString = "${htxso.mail.poll:5s}")
    @SchedulerLock(name = "platform.mail.send", lockAtMostFor = "PT5M")
    void sendDue() {
        for (MailOutbox.Pending mail : outbox.due(clock.instant(), 50)) {
            send(mail);
        }
    }

    void send(MailOutbox.Pending mail) {
        JavaMailSender smtp = sender.getIfAvailable();
        String from = mail.from() == null ? properties.from() : mail.from();
        if (smtp == null) {
            log.info("e-mail (no SMTP host set) from {} to {}: {}", from, mail.to(), mail.subject());
            outbox.sent(mail.id(), clock.instant());
            return;
        }
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            smtp.send(message);
            outbox.sent(mail.id(), clock.instant());
        } catch (Exception e) {
            int attempts = mail.attempts() + 1;
            Instant now = clock.instant();
            Instant next = attempts >= properties.maxAttempts() ? null
                    : now.plus(properties.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20)));
            log.warn("e-mail {} to {} failed (attempt {}): {}", mail.id(), mail.to(), attempts, e.toString());
            outbox.failed(mail.id(), now, next, e.toString());
        }
    }

}
