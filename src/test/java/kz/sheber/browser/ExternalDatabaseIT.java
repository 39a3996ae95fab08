package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import kz.sheber.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The packaged jar pointed at a MariaDB of the operator's: it migrates that one and starts no database of its own. */
class ExternalDatabaseIT {

    @Test
    void the_jar_runs_on_an_external_mariadb_named_by_spring_datasource_url() throws Exception {
        try (RunningApp app = RunningApp.start(
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
    }
}
