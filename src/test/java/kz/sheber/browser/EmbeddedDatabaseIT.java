package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged jar's embedded MariaDB, attacked and crashed as an outsider would: it opens no network port and
 * lets no one in without the stored password; a second app on its data directory is refused at once; after
 * kill -9 the server goes down with the app, a server left behind anyway is stopped, and the data stays.
 * One jar (demo profile) is shared and restarted in place, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDatabaseIT {

    private static RunningApp app;
    private static EmbeddedServerProbe db;

    @BeforeAll
    static void startTheJar() {
        app = RunningApp.start("--spring.profiles.active=demo");
        db = new EmbeddedServerProbe(app.dataDirectory());
    }

    @AfterAll
    static void stopTheJar() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void the_database_listens_on_no_network_port_and_lets_no_one_in_without_the_stored_password() throws Exception {
        assertThat(EmbeddedServerProbe.listeningTcp(app.process()))
                .as("the probe sees the app's own HTTP port, so an empty answer for mariadbd means something")
                .isNotEmpty();
        assertThat(EmbeddedServerProbe.listeningTcp(db.server()))
                .as("TCP sockets mariadbd listens on")
                .isEmpty();

        assertThat(Files.getPosixFilePermissions(db.passwordFile()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(app.dataDirectory().resolve("mariadb")))
                .as("the directory that holds the socket")
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));

        assertRefused("anything", "");
        assertRefused("sheber", "");
        assertRefused("sheber", "not-the-password");
        try (Connection c = db.connectAsApp();
                var rs = c.createStatement().executeQuery("SELECT CURRENT_USER()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("sheber@localhost");
        }
    }

    @Test
    @Order(2)
    void a_second_app_on_the_same_data_directory_fails_at_once_naming_the_directory() throws Exception {
        assertThatThrownBy(() -> RunningApp.startOn(app.dataDirectory(), Map.of()))
                .hasMessageContaining(
                        "Another Sheber app is already running on the data directory " + app.dataDirectory());

        assertThat(status(app, "")).as("the first app carries on").isEqualTo(200);
        assertThat(db.count("booking")).isPositive();
    }

    @Test
    @Order(3)
    void after_kill_9_the_database_goes_down_with_the_app_and_a_restart_finds_every_booking() throws Exception {
        DataBeforeTheCrash before = DataBeforeTheCrash.written("Kiln room, added before the crash");
        ProcessHandle server = db.server();

        app.kill();

        assertThat(server.onExit().get(60, TimeUnit.SECONDS).isAlive())
                .as("mariadbd outlives a killed app")
                .isFalse();
        app = RunningApp.startOn(app.dataDirectory(), Map.of());
        before.assertStillThere();
    }

    @Test
    @Order(4)
    void a_database_server_left_running_by_a_dead_app_is_stopped_and_the_restart_keeps_the_data() throws Exception {
        DataBeforeTheCrash before = DataBeforeTheCrash.written("Weaving room, added before the second crash");
        ProcessHandle server = db.server();
        // As when the OOM killer or an operator takes out the app and its watchdog: mariadbd is orphaned
        app.process()
                .children()
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> String.join(" ", a))
                        .orElse("")
                        .contains("sheber-db-watchdog"))
                .forEach(ProcessHandle::destroyForcibly);
        app.kill();
        Thread.sleep(2_000);
        assertThat(server.isAlive())
                .as("the orphaned mariadbd, before the restart")
                .isTrue();

        app = RunningApp.startOn(app.dataDirectory(), Map.of());

        assertThat(server.isAlive()).as("the orphan, after the restart").isFalse();
        assertThat(app.log()).contains("was left running on").doesNotContain("Can't lock");
        before.assertStillThere();
    }

    private static void assertRefused(String user, String password) {
        assertThatThrownBy(() -> db.connect(user, password).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    /** The demo's bookings, and a room written just now through the app's own account. */
    private record DataBeforeTheCrash(long bookings, String room) {

        static DataBeforeTheCrash written(String room) throws Exception {
            try (Connection c = db.connectAsApp();
                    var s = c.prepareStatement("INSERT INTO room (name, seats) VALUES (?, 6)")) {
                s.setString(1, room);
                s.executeUpdate();
            }
            return new DataBeforeTheCrash(db.count("booking"), room);
        }

        void assertStillThere() throws Exception {
            assertThat(db.count("booking")).isEqualTo(bookings).isPositive();
            try (Connection c = db.connectAsApp();
                    var s = c.prepareStatement("SELECT COUNT(*) FROM room WHERE name = ?")) {
                s.setString(1, room);
                var rs = s.executeQuery();
                rs.next();
                assertThat(rs.getLong(1)).as("rooms named " + room).isEqualTo(1);
            }
        }
    }

    private static int status(RunningApp app, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(app.url(path))).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
