package kz.sheber.notification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An email to queue: who gets it, in which language, which template under {@code mail/} and the values it shows.
 * A {@link java.time.Instant} value is shown in the centre's zone, in the recipient's language; {@code link} becomes
 * the mail's button; {@code name} defaults to the recipient's name.
 */
public record OutgoingMail(String to, String recipientName, Locale language, String template,
        Map<String, Object> values, List<MailAttachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(template, "template");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values == null ? Map.of() : values));
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static OutgoingMail of(String to, String recipientName, Locale language, String template,
            Map<String, Object> values) {
        return new OutgoingMail(to, recipientName, language, template, values, List.of());
    }
}
