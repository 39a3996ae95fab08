package kz.sheber.browser;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.function.Predicate;
import kz.sheber.support.TestMail;

/** What the packaged app sent to the test SMTP server, as a recipient would read it. */
final class Inbox {

    private Inbox() {}

    /** The first message to {@code to} that matches, waiting up to a minute for the outbox to send it. */
    static MimeMessage await(String to, Predicate<MimeMessage> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : TestMail.messagesTo(to)) {
                if (wanted.test(message)) {
                    return message;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no matching mail to " + to);
    }

    static MimeMessage awaitContaining(String to, String text) throws InterruptedException {
        return await(to, message -> text(message).contains(text));
    }

    /** Every text part of the message (plain and HTML), decoded. */
    static String text(MimeMessage message) {
        try {
            return textOf(message.getContent());
        } catch (Exception unreadable) {
            throw new AssertionError("unreadable mail", unreadable);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new AssertionError("unreadable mail", unreadable);
        }
    }

    private static String textOf(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        StringBuilder all = new StringBuilder();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Object part = multipart.getBodyPart(i).getContent();
                if (part instanceof String || part instanceof Multipart) {
                    all.append(textOf(part));
                }
            }
        }
        return all.toString();
    }
}
