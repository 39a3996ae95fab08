package kz.sheber.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mariadbd still running on our data directory after its app died (kill -9, out of memory): it holds the
 * data files' locks, so ours could not start. Called with the {@link DataDirectoryLock} held, which proves no
 * live app owns it; it is asked to shut down cleanly, and killed only if it will not.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(60);

    private LeftoverServer() {}

    /** Stops every server whose pid file lies in the data directory (ours, or the hostname.pid of older versions). */
    static void stopAny(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pid"))
                    .flatMap(f -> serverOf(f, dataDir).stream())
                    .forEach(server -> stop(server, dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look for a leftover database server in " + dataDir, e);
        }
    }

    private static Optional<ProcessHandle> serverOf(Path pidFile, Path dataDir) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // A pid file outlives a killed server, and its number may since belong to anything else
            return ProcessHandle.of(pid).filter(p -> p.isAlive() && runsOn(p, dataDir));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean runsOn(ProcessHandle process, Path dataDir) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        boolean isServer =
                process.info().command().map(c -> c.endsWith("mariadbd")).orElse(false);
        return isServer
                && Arrays.stream(arguments)
                        .filter(a -> a.startsWith("--datadir="))
                        .map(a -> Path.of(a.substring("--datadir=".length()))
                                .toAbsolutePath()
                                .normalize())
                        .anyMatch(dataDir::equals);
    }

    private static void stop(ProcessHandle server, Path dataDir) {
        log.warn(
                "A database server (pid {}) was left running on {} by an app that is gone; stopping it",
                server.pid(),
                dataDir);
        server.destroy();
        if (!exited(server, CLEAN_SHUTDOWN)) {
            log.warn(
                    "The leftover database server (pid {}) did not stop in {} s; killing it",
                    server.pid(),
                    CLEAN_SHUTDOWN.toSeconds());
            server.destroyForcibly();
            exited(server, CLEAN_SHUTDOWN);
        }
    }

    private static boolean exited(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
