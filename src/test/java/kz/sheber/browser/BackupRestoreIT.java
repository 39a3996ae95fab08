package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A backup taken the way an admin takes one (the page's "Back up now", in Chromium) brings back every booking,
 * account and outbox mail after the data directory is gone; a restore onto a directory in use is refused and
 * leaves it as it was. The backups go to a directory of their own, as on a real server's second disk.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreIT {

    private static final List<String> TABLES = List.of("booking", "person", "outbox_mail");
    private static final String MARKER = "Kiln room, added just before the backup";
    private static final Path BACKUPS = RunningApp.freshDataDirectory();
    // No sent mail ages out during the test: the ids compared before and after must only change by a restore
    private static final String[] SETTINGS = {
        "--spring.profiles.active=demo", "--sheber.mail.keep-sent=3650d", "--sheber.backup.directory=" + BACKUPS
    };

    private static Path backup;
    private static Path restored;

    @AfterAll
    static void cleanUp() throws IOException {
        deleteTree(BACKUPS);
    }

    @Test
    @Order(1)
    void a_backup_from_the_admin_page_restored_into_a_fresh_directory_brings_back_every_booking_account_and_mail()
            throws Exception {
        Map<String, List<Long>> before;
        Path original;
        try (RunningApp app = RunningApp.start(SETTINGS);
                Chromium chromium = new Chromium()) {
            original = app.dataDirectory();
            Page page = chromium.newPage("en", Chromium.DESKTOP);
            Journey.signIn(page, app, "admin@sheber.demo", "Sheber-Admin-2026");
            page.navigate(app.url("admin/backups"));
            Chromium.awaitVaadin(page);
            // A row the demo seeding never makes: finding it after the restore proves the data came from the backup
            try (Connection c = new EmbeddedServerProbe(original).connectAsApp();
                    var s = c.prepareStatement("INSERT INTO room (name, seats) VALUES (?, 6)")) {
                s.setString(1, MARKER);
                s.executeUpdate();
            }
            page.locator("#backup-now").click();
            page.locator("#backups .sheber-backup .backup-verified").first().waitFor();
            assertThat(page.locator("#backup-failure").isVisible()).isFalse();

            before = ids(new EmbeddedServerProbe(original));
            assertThat(before.values()).allSatisfy(ids -> assertThat(ids).isNotEmpty());
            try (Stream<Path> files = Files.list(BACKUPS)) {
                backup = files.filter(f -> f.getFileName().toString().matches("sheber-\\d{8}-\\d{6}\\.sql\\.gz"))
                        .findFirst()
                        .orElseThrow();
            }
            assertThat(metric(app, "sheber_backup_last_success_timestamp_seconds"))
                    .isPositive();
        }
        deleteTree(original);

        restored = RunningApp.freshDataDirectory();
        Restore restore = Restore.run(backup, restored);
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Restored " + backup);

        try (RunningApp app = RunningApp.startOn(restored, Map.of(), SETTINGS)) {
            assertThat(ids(new EmbeddedServerProbe(restored))).isEqualTo(before);
            try (Connection c = new EmbeddedServerProbe(restored).connectAsApp();
                    var rs = c.createStatement()
                            .executeQuery("SELECT COUNT(*) FROM room WHERE name = '" + MARKER + "'")) {
                rs.next();
                assertThat(rs.getLong(1))
                        .as("the room added just before the backup")
                        .isEqualTo(1);
            }
            HttpResponse<String> schedule = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(app.url(""))).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(schedule.statusCode()).isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void a_restore_into_a_directory_that_holds_data_is_refused_without_force_and_leaves_it_untouched()
            throws Exception {
        List<String> untouched = tree(restored);

        Restore restore = Restore.run(backup, restored);

        assertThat(restore.exitCode()).isEqualTo(2);
        assertThat(restore.output())
                .contains("Refusing to restore into " + restored + ": it is not empty")
                .contains("--force")
                .doesNotContain("Exception");
        assertThat(tree(restored)).isEqualTo(untouched);
    }

    private record Restore(int exitCode, String output) {

        static Restore run(Path backup, Path data) throws Exception {
            Path jar = Path.of(System.getProperty("sheber.jar", "target/sheber.jar"))
                    .toAbsolutePath();
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            jar.toString(),
                            "restore",
                            backup.toString(),
                            "--sheber.data-directory=" + data)
                    .redirectErrorStream(true)
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(180, TimeUnit.SECONDS))
                    .as("the restore ends by itself")
                    .isTrue();
            return new Restore(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        }
    }

    private static Map<String, List<Long>> ids(EmbeddedServerProbe db) throws Exception {
        Map<String, List<Long>> ids = new java.util.TreeMap<>();
        try (Connection c = db.connectAsApp()) {
            for (String table : TABLES) {
                List<Long> found = new ArrayList<>();
                try (var rs = c.createStatement().executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
                ids.put(table, found);
            }
        }
        return ids;
    }

    private static double metric(RunningApp app, String name) throws Exception {
        String body = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.managementUrl("actuator/prometheus")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return body.lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in\n" + body));
    }

    /** Every path below the directory with its size and modification time. */
    private static List<String> tree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.sorted()
                    .map(p -> {
                        try {
                            return directory.relativize(p) + " " + Files.size(p) + " " + Files.getLastModifiedTime(p);
                        } catch (IOException e) {
                            return p + " unreadable";
                        }
                    })
                    .toList();
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
