package kz.sheber.notification;

import java.util.Locale;

/** A mail as it will be sent: the subject, the plain text and the HTML, in the language it was rendered in. */
record RenderedMail(Locale language, String subject, String text, String html) {}
