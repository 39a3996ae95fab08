package kz.sheber.notification;

import java.util.Objects;

/** A file to send with a mail, such as a calendar invite ({@code text/calendar}). */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
