package kz.sheber.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kz.sheber.base.db.EmbeddedMariaDb;

/**
 * A consistent dump of the app's database by the embedded distribution's own {@code mariadb-dump}: one snapshot
 * transaction (InnoDB), so bookings made meanwhile neither block nor tear it; routines and events included.
 */
final class DatabaseDump {

    static final String DATABASE = "sheber";
    private static final int KEPT_ERROR_BYTES = 2_000;

    private DatabaseDump() {}

    /** Dumps into a new backup file; a tool that fails leaves no file behind and says why. */
    static Path into(BackupFiles files, EmbeddedMariaDb db, Instant takenAt) throws IOException, InterruptedException {
        Process dump = db.clientTool(
                        "mariadb-dump",
                        List.of(
                                "--single-transaction",
                                "--routines",
                                "--events",
                                "--triggers",
                                "--no-tablespaces",
                                "--hex-blob",
                                "--default-character-set=utf8mb4",
                                DATABASE))
                .start();
        dump.getOutputStream().close();
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> firstBytes(dump.getErrorStream()));
        Path file;
        try (InputStream out = dump.getInputStream()) {
            file = files.store(takenAt, out);
        } catch (IOException e) {
            dump.destroyForcibly();
            throw e;
        }
        int exit = dump.waitFor();
        if (exit != 0) {
            Files.deleteIfExists(BackupFiles.checksumOf(file));
            Files.deleteIfExists(file);
            throw new IOException(
                    "mariadb-dump exited with " + exit + ": " + errors.join().strip());
        }
        return file;
    }

    private static String firstBytes(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = stream.read(buffer)) >= 0) {
                kept.write(buffer, 0, Math.min(n, Math.max(0, KEPT_ERROR_BYTES - kept.size())));
            }
            return kept.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
