package kz.sheber.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The three-node Galera cluster of src/test/galera/cluster.sh. Node n (1-3) answers SQL on 13306 + n - 1; the app's
 * account is sheber / sheber. {@link #startFresh()} starts a cluster of its own (the benchmark, by hand); a test
 * class that declares a {@code GaleraCluster} parameter with {@link PerClassDatabase} instead gets the one cluster of
 * the whole test run, started once, with all three nodes up and a fresh database of its own.
 */
public final class GaleraCluster implements AutoCloseable {

    public static final String DATABASE = "sheber";
    public static final String USER = "sheber";
    public static final String PASSWORD = "sheber";
    private static final Path SCRIPT = Path.of("src/test/galera/cluster.sh").toAbsolutePath();
    private static final int FIRST_PORT = 13306;

    private final String database;
    /** Whether closing this stops the cluster: false for a test class's view of the shared one. */
    private final boolean owner;

    private GaleraCluster(String database, boolean owner) {
        this.database = database;
        this.owner = owner;
    }

    /** A fresh cluster: any data left by an earlier run is deleted first. Closing it stops it. */
    public static GaleraCluster startFresh() {
        run("clean");
        run("start");
        return new GaleraCluster(DATABASE, true);
    }

    public String jdbcUrl(int node) {
        return "jdbc:mariadb://127.0.0.1:" + (FIRST_PORT + node - 1) + "/" + database;
    }

    /** The arguments that point a packaged instance at one node. */
    public String[] datasourceArguments(int node) {
        return new String[] {
            "--spring.datasource.url=" + jdbcUrl(node),
            "--spring.datasource.username=" + USER,
            "--spring.datasource.password=" + PASSWORD
        };
    }

    public Connection connect(int node) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(node), USER, PASSWORD);
    }

    /** kill -9 of one node, as a crashed server. */
    public void kill(int node) {
        run("kill", String.valueOf(node));
    }

    /** Starts a stopped or killed node; returns once it has caught up with the others. */
    public void rejoin(int node) {
        run("rejoin", String.valueOf(node));
    }

    public String status() {
        return run("status");
    }

    /** Stops the cluster if this started it; a test class's view of the shared cluster leaves it running. */
    @Override
    public void close() {
        if (owner) {
            run("stop");
        }
    }

    /**
     * Resolves a {@code GaleraCluster} parameter (of a {@code @BeforeAll} method, say) to the cluster shared by every
     * test class of this run: started fresh for the first class that asks and stopped when the run ends. Each class
     * finds all three nodes synced (an earlier class may have killed one) and gets a database of its own, created
     * empty, named after the class, so no class counts another's rows.
     */
    public static final class PerClassDatabase implements ParameterResolver {

        private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(GaleraCluster.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == GaleraCluster.class;
        }

        @Override
        public GaleraCluster resolveParameter(ParameterContext parameter, ExtensionContext context) {
            boolean[] startedNow = {false};
            // The root store closes what it holds once the whole run is over
            context.getRoot()
                    .getStore(SHARED)
                    .computeIfAbsent(
                            GaleraCluster.class,
                            key -> {
                                startedNow[0] = true;
                                return startFresh();
                            },
                            GaleraCluster.class);
            if (!startedNow[0]) {
                // Starts any node that is down and returns once every node is synced
                run("start");
            }
            String database =
                    "sheber_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
            run("database", database);
            return new GaleraCluster(database, false);
        }
    }

    private static String run(String... arguments) {
        try {
            Path out = Files.createTempFile("galera", ".log");
            String[] command = new String[arguments.length + 1];
            command[0] = SCRIPT.toString();
            System.arraycopy(arguments, 0, command, 1, arguments.length);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " hung");
            }
            String log = Files.readString(out);
            Files.delete(out);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " failed:\n" + log);
            }
            return log;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
