package kz.sheber.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One sender's way to the SMTP server, kept open from mail to mail: a connection per mail (Spring's {@code send})
 * cost a TCP and SMTP handshake each time. Checked once per batch (a NOOP), and opened afresh after any failure,
 * since a failed conversation may have left the server anywhere. A sender that is not Spring's own (a test's) is
 * used one mail at a time.
 */
final class Delivery implements AutoCloseable {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAMS = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Jakarta Mail 2.1 finds its StreamProvider with a ServiceLoader scan of the whole class path for every
        // multipart and encoded header it makes (jakartaee/mail-api#699, #861): a fifth of a sender's CPU in a
        // profile. The system property it reads first names the implementation, which Angus Mail is here.
        if (System.getProperty(STREAM_PROVIDER) == null && present(ANGUS_STREAMS)) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAMS);
        }
    }

    private final JavaMailSender sender;
    private final @Nullable JavaMailSenderImpl smtp;
    private @Nullable Transport transport;

    private Delivery(JavaMailSender sender) {
        this.sender = sender;
        this.smtp = sender instanceof JavaMailSenderImpl impl ? impl : null;
    }

    static Delivery through(JavaMailSender sender) {
        return new Delivery(sender);
    }

    /** Before a batch: the server may have closed a connection that waited since the last one. */
    void startBatch() {
        if (transport != null && !transport.isConnected()) {
            close();
        }
    }

    void send(ClaimedMail mail, String from, Instant now) throws MessagingException, UnsupportedEncodingException {
        if (smtp == null) {
            sender.send(message -> mail.writeTo(message, from));
            return;
        }
        MimeMessage message = smtp.createMimeMessage();
        mail.writeTo(message, from);
        message.setSentDate(Date.from(now));
        message.saveChanges();
        message.setHeader("Message-ID", mail.messageId()); // saveChanges has just made up a new one
        try {
            if (transport == null) {
                transport = connect(smtp);
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** As {@link JavaMailSenderImpl} connects: its protocol, host, port and credentials, an empty user meaning none. */
    private static Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
        String user = smtp.getUsername() == null || smtp.getUsername().isEmpty() ? null : smtp.getUsername();
        String password = user == null ? null : smtp.getPassword();
        String protocol = smtp.getProtocol() != null
                ? smtp.getProtocol()
                : smtp.getSession().getProperty("mail.transport.protocol");
        Transport opened = smtp.getSession().getTransport(protocol == null ? "smtp" : protocol);
        opened.connect(smtp.getHost(), smtp.getPort(), user, password);
        return opened;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Delivery.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // a broken connection: nothing left to do with it
            }
            transport = null;
        }
    }
}
