package kz.sheber.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded MariaDB of a running jar, seen from outside as an operator or an attacker on the same machine
 * sees it: its process, its listening TCP sockets (from /proc), its socket file, its stored password.
 */
final class EmbeddedServerProbe {

    private final Path data;

    EmbeddedServerProbe(Path data) {
        this.data = data;
    }

    ProcessHandle server() {
        try {
            long pid = Long.parseLong(
                    Files.readString(data.resolve("mariadb/mariadbd.pid")).trim());
            return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no mariadbd with pid " + pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path passwordFile() {
        return data.resolve("mariadb.password");
    }

    String storedPassword() throws IOException {
        return Files.readString(passwordFile()).trim();
    }

    /** The server's socket file, as its command line names it. */
    String socket() {
        return Arrays.stream(server().info().arguments().orElseThrow())
                .filter(a -> a.startsWith("--socket="))
                .map(a -> a.substring("--socket=".length()))
                .findFirst()
                .orElseThrow();
    }

    Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://localhost/sheber?localSocket=" + socket(), user, password);
    }

    Connection connectAsApp() throws SQLException, IOException {
        return connect("sheber", storedPassword());
    }

    long count(String table) throws SQLException, IOException {
        try (Connection c = connectAsApp();
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** "address:port" of every TCP socket the process listens on, over IPv4 and IPv6 (Linux /proc). */
    static List<String> listeningTcp(ProcessHandle process) throws IOException {
        Set<String> inodes;
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
            inodes = fds.map(EmbeddedServerProbe::target)
                    .filter(t -> t.startsWith("socket:["))
                    .map(t -> t.substring(8, t.length() - 1))
                    .collect(java.util.stream.Collectors.toSet());
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                // f[1] local address:port in hex, f[3] state (0A = LISTEN), f[9] inode
                if ("0A".equals(f[3]) && inodes.contains(f[9])) {
                    listening.add(f[1]);
                }
            }
        }
        return listening.stream().map(EmbeddedServerProbe::readable).toList();
    }

    /** 0100007F:1F90 as 127.0.0.1:8080; an IPv6 address stays in hex. */
    private static String readable(String hex) {
        String[] parts = hex.split(":");
        int port = Integer.parseInt(parts[1], 16);
        if (parts[0].length() != 8) {
            return parts[0] + ":" + port;
        }
        long a = Long.parseLong(parts[0], 16);
        return (a & 0xFF) + "." + (a >> 8 & 0xFF) + "." + (a >> 16 & 0xFF) + "." + (a >> 24 & 0xFF) + ":" + port;
    }

    private static String target(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException gone) {
            return "";
        }
    }
}
