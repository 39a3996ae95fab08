package kz.sheber.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An email to send: who to, in which language, which template and the values it fills in. */
public record OutgoingMail(String to, String recipientName, Locale language, String template,
        Map<String, Object> values, List<MailAttachment> attachments) {

    public static OutgoingMail of(String to, String recipientName, Locale language, String template,
            Map<String, Object> values) {
        return new OutgoingMail(to, recipientName, language, template, values, List.of());
    }
}
