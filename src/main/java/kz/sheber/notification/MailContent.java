package kz.sheber.notification;

import java.util.List;
import java.util.Locale;

/**
 * The parts of one mail, already in the recipient's language and with the values filled in, as plain text: the
 * layout escapes them for HTML. {@code action} and {@code link} are empty for a mail without a button.
 */
record MailContent(
        Locale language,
        String subject,
        String greeting,
        List<String> paragraphs,
        String action,
        String link,
        String linkFallback,
        String note,
        String signOff,
        String centreName,
        String centreAddress,
        String reason) {

    boolean hasLink() {
        return !link.isBlank();
    }
}
