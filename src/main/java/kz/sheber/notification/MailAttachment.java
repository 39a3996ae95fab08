package kz.sheber.notification;

/** A file sent with an email, such as a calendar invite. */
public record MailAttachment(String fileName, String contentType, byte[] content) {}
