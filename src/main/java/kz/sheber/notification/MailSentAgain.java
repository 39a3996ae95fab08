package kz.sheber.notification;

/** Staff queued a mail that had given up to be sent again: which one, and what kind of mail it is. */
public record MailSentAgain(long mailId, String template) {}
