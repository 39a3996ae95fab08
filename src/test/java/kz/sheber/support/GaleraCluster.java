package kz.sheber.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * The three-node Galera cluster of src/test/galera/cluster.sh, started afresh for a test class and stopped after
 * it. Node n (1-3) answers SQL on 13306 + n - 1; the app's database and account are sheber / sheber.
 */
public final class GaleraCluster implements AutoCloseable {

    public static final String DATABASE = "sheber";
    public static final String USER = "sheber";
    public static final String PASSWORD = "sheber";
    private static final Path SCRIPT = Path.of("src/test/galera/cluster.sh").toAbsolutePath();
    private static final int FIRST_PORT = 13306;

    private GaleraCluster() {}

    /** A fresh cluster: any data left by an earlier run is deleted first. */
    public static GaleraCluster startFresh() {
        run("clean");
        run("start");
        return new GaleraCluster();
    }

    public String jdbcUrl(int node) {
        return "jdbc:mariadb://127.0.0.1:" + (FIRST_PORT + node - 1) + "/" + DATABASE;
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

    @Override
    public void close() {
        run("stop");
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
