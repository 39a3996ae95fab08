package kz.sheber.notification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.sheber.base.PlainText;

/**
 * An email to queue: who gets it, in which language, which template under {@code mail/} and the values it shows.
 * A {@link java.time.Instant} value is shown in the centre's zone, in the recipient's language; {@code link} becomes
 * the mail's button; {@code name} defaults to the recipient's name.
 */
public record OutgoingMail(
        String to,
        String recipientName,
        Locale language,
        String template,
        Map<String, Object> values,
        List<MailAttachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(template, "template");
        to = PlainText.line(to);
        recipientName = PlainText.line(recipientName);
        values = Collections.unmodifiableMap(cleaned(values == null ? Map.of() : values));
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A second line of defence: no control character typed anywhere reaches a mail, even from older data. */
    private static Map<String, Object> cleaned(Map<String, Object> values) {
        Map<String, Object> clean = new LinkedHashMap<>();
        values.forEach((key, value) -> clean.put(key, value instanceof String text ? PlainText.lines(text) : value));
        return clean;
    }

    public static OutgoingMail of(
            String to, String recipientName, Locale language, String template, Map<String, Object> values) {
        return new OutgoingMail(to, recipientName, language, template, values, List.of());
    }
}
