package kz.sheber.base.db;

import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded server when the app dies without a shutdown (kill -9, out of memory), where no JVM hook
 * runs: a tiny {@code sh} waits on a pipe whose writing end only this JVM holds; the OS closes it when the JVM
 * ends, however it ends, and the shell then asks mariadbd to shut down cleanly. (mariadbd cannot be told to
 * watch its parent itself; {@link LeftoverServer} catches what this misses.)
 */
final class ServerWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

    private final Process shell;

    private ServerWatchdog(Process shell) {
        this.shell = shell;
    }

    static Optional<ServerWatchdog> watch(long serverPid) {
        try {
            Process shell = new ProcessBuilder(
                            "sh",
                            "-c",
                            "read ignored; kill -TERM \"$1\"",
                            "sheber-db-watchdog",
                            Long.toString(serverPid))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(new ServerWatchdog(shell));
        } catch (IOException noShell) {
            log.warn(
                    "No watchdog for the embedded MariaDB ({}); after a crash the next start stops it",
                    noShell.toString());
            return Optional.empty();
        }
    }

    /** Ends the watch before an orderly stop, so the shell never signals a process number that is no longer ours. */
    @Override
    public void close() {
        shell.destroy();
    }
}
