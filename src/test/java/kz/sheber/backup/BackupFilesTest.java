package kz.sheber.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup directory on disk: whole files with checksums, the newest kept, a damaged one told apart. */
class BackupFilesTest {

    private static final Instant FIRST = Instant.parse("2026-11-20T22:00:00Z");

    @TempDir
    Path directory;

    @Test
    void a_stored_backup_is_the_gzipped_dump_with_a_matching_checksum_readable_by_its_owner_only() throws Exception {
        BackupFiles files = new BackupFiles(directory.resolve("backups"));

        Path file = files.store(FIRST, dump("INSERT INTO booking VALUES (1);"));

        assertThat(file.getFileName()).hasToString("sheber-20261120-220000.sql.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("INSERT INTO booking VALUES (1);");
        }
        assertThat(Files.readString(BackupFiles.checksumOf(file))).endsWith("  sheber-20261120-220000.sql.gz\n");
        assertThat(files.list()).singleElement().satisfies(b -> {
            assertThat(b.verified()).isTrue();
            assertThat(b.takenAt()).isEqualTo(FIRST);
            assertThat(b.sizeBytes()).isEqualTo(Files.size(file));
        });
        assertThat(Files.getPosixFilePermissions(file)).hasToString("[OWNER_READ, OWNER_WRITE]");
        assertThat(Files.list(files.directory()).map(p -> p.getFileName().toString()))
                .as("no partial file left behind")
                .containsExactlyInAnyOrder("sheber-20261120-220000.sql.gz", "sheber-20261120-220000.sql.gz.sha256");
    }

    @Test
    void retention_keeps_the_newest_backups_and_deletes_the_older_with_their_checksums() throws Exception {
        BackupFiles files = new BackupFiles(directory);
        for (int day = 0; day < 5; day++) {
            files.store(FIRST.plus(Duration.ofDays(day)), dump("day " + day));
        }

        assertThat(files.keepNewest(3)).isEqualTo(2);

        assertThat(files.list())
                .extracting(Backup::name)
                .containsExactly(
                        "sheber-20261124-220000.sql.gz",
                        "sheber-20261123-220000.sql.gz",
                        "sheber-20261122-220000.sql.gz");
        assertThat(Files.list(directory)).hasSize(6);
    }

    @Test
    void a_backup_whose_bytes_changed_or_whose_checksum_is_missing_is_not_verified() throws Exception {
        BackupFiles files = new BackupFiles(directory);
        Path damaged = files.store(FIRST, dump("first"));
        Path orphan = files.store(FIRST.plusSeconds(60), dump("second"));
        assertThat(files.list()).allMatch(Backup::verified);

        Files.write(damaged, new byte[] {42}, StandardOpenOption.APPEND);
        Files.delete(BackupFiles.checksumOf(orphan));

        assertThat(files.list()).extracting(Backup::verified).containsExactly(false, false);
        assertThat(BackupFiles.verify(damaged)).isFalse();
    }

    private static InputStream dump(String sql) {
        return new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8));
    }
}
