package kz.sheber.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.List;
import kz.sheber.notification.domain.OutboxClaims;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A mail a worker has claimed, copied out of its transaction so the SMTP conversation holds no database lock.
 * {@code version} proves on the way back that no other worker has claimed it since. {@code messageId} is the same
 * for every attempt, so a mail sent again after a lost reply or a crash mid-send shows once where clients dedupe.
 */
record ClaimedMail(
        long id,
        long version,
        String messageId,
        String template,
        String recipient,
        String recipientName,
        String subject,
        String text,
        String html,
        List<MailAttachment> attachments,
        Instant leaseEnd) {

    /** {@code domain} names this installation; the row's id and queue time make the rest unique within it. */
    static ClaimedMail of(OutboxClaims.Claim mail, String domain) {
        String messageId = "<outbox." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@" + domain + ">";
        return new ClaimedMail(
                mail.id(),
                mail.version(),
                messageId,
                mail.template(),
                mail.recipient(),
                mail.recipientName(),
                mail.subject(),
                mail.textBody(),
                mail.htmlBody(),
                mail.files().stream()
                        .map(f -> new MailAttachment(f.fileName(), f.contentType(), f.content()))
                        .toList(),
                mail.leaseEnd());
    }

    /** Text and HTML as alternatives of one another, inside a mixed message that carries any files. */
    void writeTo(MimeMessage message, String from) throws MessagingException, UnsupportedEncodingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(new InternetAddress(recipient, recipientName, "UTF-8"));
        helper.setSubject(subject);
        helper.setText(text, html);
        for (MailAttachment file : attachments) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        }
        // Tells auto-responders not to answer a machine
        message.setHeader("Auto-Submitted", "auto-generated");
        // JavaMailSenderImpl keeps a Message-ID set before it calls saveChanges instead of generating a new one
        message.setHeader("Message-ID", messageId);
    }
}
