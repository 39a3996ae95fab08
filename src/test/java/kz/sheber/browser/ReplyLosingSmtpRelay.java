package kz.sheber.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay between the app and the real SMTP server that loses one reply: the first message is handed over
 * whole (the server stores it), then the connection drops before the server's "250 OK" reaches the app. That is
 * what a crash or a network cut mid-send looks like to the sender, which must then send the mail again: the copy
 * has to carry the same Message-ID. Every later connection is relayed untouched.
 */
final class ReplyLosingSmtpRelay implements AutoCloseable {

    private static final byte[] END_OF_DATA = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>\\r\\n]+>)");

    private final ServerSocket listener;
    private final String serverHost;
    private final int serverPort;
    private final AtomicBoolean lostOne = new AtomicBoolean();
    private final AtomicReference<String> lostMessageId = new AtomicReference<>();

    ReplyLosingSmtpRelay(String serverHost, int serverPort) {
        this.serverHost = serverHost;
        this.serverPort = serverPort;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("smtp-relay").start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The Message-ID of the mail whose reply was lost, once it has been. */
    String lostMessageId() {
        return lostMessageId.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(serverHost, serverPort);
                AtomicBoolean swallowReplies = new AtomicBoolean();
                Thread.ofPlatform().daemon().start(() -> pump(server, client, swallowReplies, null));
                Thread.ofPlatform().daemon().start(() -> pump(client, server, swallowReplies, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Copies one direction; on the app's side, watches for the end of the first message's data. */
    private void pump(Socket from, Socket to, AtomicBoolean swallowReplies, Socket appSide) {
        StringBuilder seen = new StringBuilder();
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (appSide == null) {
                    if (!swallowReplies.get()) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                    continue;
                }
                if (!lostOne.get()) {
                    seen.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                }
                if (!lostOne.get() && endsData(seen) && lostOne.compareAndSet(false, true)) {
                    Matcher id = MESSAGE_ID.matcher(seen);
                    lostMessageId.set(id.find() ? id.group(1) : "");
                    swallowReplies.set(true);
                    out.write(buffer, 0, read);
                    out.flush();
                    Thread.sleep(500); // the server stores the message and answers; the answer goes nowhere
                    appSide.close();
                    to.close();
                    return;
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException ended) {
            // one side hung up: so does the other
        } finally {
            try {
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static boolean endsData(StringBuilder seen) {
        return seen.indexOf(new String(END_OF_DATA, StandardCharsets.ISO_8859_1)) >= 0 && seen.indexOf("DATA") >= 0;
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
