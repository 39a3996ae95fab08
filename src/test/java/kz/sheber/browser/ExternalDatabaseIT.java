package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.sheber.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The jar for operators with a MariaDB of their own (sheber-external-db.jar): it migrates that one, carries no
 * database server of its own, and without spring.datasource.url says what to set instead of starting.
 */
class ExternalDatabaseIT {

    private static final Path EXTERNAL = RunningApp.jar().resolveSibling("sheber-external-db.jar");

    @Test
    void the_external_db_jar_runs_on_the_mariadb_named_by_spring_datasource_url() throws Exception {
        try (RunningApp app = RunningApp.startOn(
                        EXTERNAL,
                        RunningApp.freshDataDirectory(),
                        Map.of(),
                        "--spring.datasource.url=" + TestDatabase.url(),
                        "--spring.datasource.username=" + TestDatabase.user(),
                        "--spring.datasource.password=" + TestDatabase.password());
                Chromium chromium = new Chromium()) {
            Page page = chromium.newPage("en", Chromium.DESKTOP);
            page.navigate(app.url(""));
            Chromium.awaitVaadin(page);
            assertThat(page.locator("h1").innerText()).isEqualTo("Taraz Crafts Centre");

            assertThat(app.log()).doesNotContain("Embedded MariaDB");
            try (Connection c = TestDatabase.connect();
                    Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT MAX(version) FROM flyway_schema_history")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isNotBlank();
            }
        }
        assertThat(Files.size(EXTERNAL))
                .as("without the database server's binaries")
                .isLessThan(Files.size(RunningApp.jar()) / 2);
    }

    @Test
    void without_spring_datasource_url_the_external_db_jar_stops_and_names_the_setting() throws Exception {
        Path log = Files.createTempFile(RunningApp.freshDataDirectory(), "refused", ".log");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        EXTERNAL.toAbsolutePath().toString(),
                        "--server.port=0",
                        "--management.server.port=0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("it stops by itself")
                .isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(log))
                .contains("APPLICATION FAILED TO START")
                .contains("has no embedded database, and spring.datasource.url is not set")
                .contains("Set spring.datasource.url");
    }
}
