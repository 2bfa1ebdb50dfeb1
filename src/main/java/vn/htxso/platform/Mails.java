package vn.htxso.platform;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.internal.MailOutbox;

/**
 * Queues e-mails. A mail is a template of two messages, {@code <template>.subject} and {@code <template>.body}, in
 * the recipient's language (Vietnamese unless the account chose English), written to the outbox in the caller's
 * transaction: it goes out only if that commits, and a sender on one node sends it and retries it later
 * ({@code platform.internal.MailSending}). Callers are event listeners after the commit of what they tell, so no
 * checkout ever waits for a mail server. The same {@code dedupKey} twice queues one mail (listeners are redelivered).
 */
@Service
public class Mails {

    /** Where a mail goes and in which language. */
    public record Recipient(String address, Locale locale) {
    }

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Clock clock;

    Mails(MailOutbox outbox, MessageSource messages, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    /** The e-mail address and language of an enabled account, if it has an address. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Recipient> user(UUID userId) {
        if (userId == null) {
            return List.of();
        }
        return outbox.addressOfUser(userId).stream().map(a -> recipient(a.address(), a.locale())).toList();
    }

    /** The co-op managers of an organisation who have an e-mail address. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Recipient> managersOf(UUID organisationId) {
        if (organisationId == null) {
            return List.of();
        }
        return outbox.addressesOfManagers(organisationId).stream().map(a -> recipient(a.address(), a.locale()))
                .toList();
    }

    private static Recipient recipient(String address, String locale) {
        return new Recipient(address, locale == null || locale.isBlank() ? Locale.forLanguageTag("vi")
                : Locale.forLanguageTag(locale));
    }

    /**
     * Queues one mail from a template to each recipient (none when the list is empty).
     *
     * @param dedupKey names this mail among all others (e.g. {@code order:<id>:placed}); with the address it keeps a
     *                 redelivered event from mailing twice
     * @param from     the sender, or {@code null} for {@code htxso.mail.from}
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void queue(List<Recipient> to, String dedupKey, String from, String template, Object... args) {
        for (Recipient recipient : to) {
            String subject = messages.getMessage(template + ".subject", args, recipient.locale());
            String body = messages.getMessage(template + ".body", args, recipient.locale());
            String key = truncate(dedupKey + ":" + recipient.address().toLowerCase(Locale.ROOT), 200);
            outbox.add(key, recipient.address(), from, truncate(subject, 300), truncate(body, 8000),
                    VnTime.now(clock));
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
