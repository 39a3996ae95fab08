package kz.sheber.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server every {@link SheberTest} context sends to: one GreenMail per test JVM on a free port, started
 * when first asked for. Tests can take it down and bring it back on the same port to play an SMTP outage.
 */
public final class TestMail {

    private static final String HOST = "127.0.0.1";
    private static int port;
    private static GreenMail server;

    private TestMail() {}

    public static synchronized int port() {
        if (server == null) {
            port = freePort();
            up();
        }
        return port;
    }

    public static String host() {
        return HOST;
    }

    /** Every message the server received, oldest first. */
    public static synchronized List<MimeMessage> allMessages() {
        port();
        return List.of(server.getReceivedMessages());
    }

    /** Every message the server received for this address, oldest first. */
    public static synchronized List<MimeMessage> messagesTo(String recipient) {
        port();
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> isFor(m, recipient))
                .toList();
    }

    /** Waits (up to ten seconds) until this address has received at least {@code count} messages. */
    public static List<MimeMessage> awaitMessagesTo(String recipient, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(recipient).size() >= count);
        return messagesTo(recipient);
    }

    public static synchronized void purge() {
        port();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not empty the test mailboxes", e);
        }
    }

    /** Stops the server: sending now fails as if the centre's mail server were down. */
    public static synchronized void down() {
        port();
        server.stop();
    }

    /** Starts the server again on the same port (received messages are forgotten). */
    public static synchronized void up() {
        if (server != null && server.isRunning()) {
            return;
        }
        server = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null
                    && Arrays.stream(to)
                            .anyMatch(a -> a instanceof InternetAddress i
                                    && i.getAddress().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
