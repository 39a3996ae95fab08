package kz.sheber.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.db.DataDirectoryInUseException;
import kz.sheber.base.db.EmbeddedMariaDb;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code java -jar sheber.jar restore <file> [--force] [--sheber.data-directory=...]}: checks the backup's checksum,
 * starts the embedded server on the data directory (read from the same settings the app reads), loads the dump
 * through the distribution's own {@code mariadb} client and exits; the web app never starts. A data directory that
 * holds anything but its backups is refused unless {@code --force}, which replaces the database in it.
 */
public final class RestoreCommand {

    public static final String NAME = "restore";
    static final int REFUSED = 2;
    static final int FAILED = 1;

    private final PrintStream out;

    RestoreCommand(PrintStream out) {
        this.out = out;
    }

    /** Runs {@code restore} with the arguments after it; returns the process's exit code. */
    public static int run(String[] arguments) {
        return new RestoreCommand(System.out).restore(List.of(arguments));
    }

    int restore(List<String> arguments) {
        List<String> files = arguments.stream().filter(a -> !a.startsWith("--")).toList();
        boolean force = arguments.contains("--force");
        if (files.size() != 1) {
            out.println("Usage: java -jar sheber.jar restore <backup.sql.gz> [--force] [--sheber.data-directory=DIR]");
            return REFUSED;
        }
        Path backup = Path.of(files.getFirst()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            out.println("No backup file " + backup);
            return REFUSED;
        }
        if (!BackupFiles.verify(backup)) {
            out.println("Refusing to restore " + backup + ": its checksum " + BackupFiles.checksumOf(backup)
                    + " is missing or does not match, so the file is damaged or incomplete");
            return REFUSED;
        }
        Path data = dataDirectory(arguments.stream()
                .filter(a -> a.startsWith("--") && !a.equals("--force"))
                .toList());
        try {
            List<String> found = contents(data);
            if (!found.isEmpty() && !force) {
                out.println("Refusing to restore into " + data + ": it is not empty (" + String.join(", ", found)
                        + "). Restore into an empty data directory, or add --force to replace the database there.");
                return REFUSED;
            }
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data.resolve("mariadb"), DatabaseDump.DATABASE)) {
                load(db, backup, !found.isEmpty());
            }
            out.println("Restored " + backup + " into " + data + ". Start Sheber on it as usual.");
            return 0;
        } catch (DataDirectoryInUseException busy) {
            out.println(busy.getMessage() + ". Stop it before restoring.");
            return REFUSED;
        } catch (IOException | RuntimeException e) {
            out.println("The restore into " + data + " failed: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }

    /** The data directory the app would use with these settings (config/, environment, --sheber.* options). */
    private static Path dataDirectory(List<String> options) {
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(options.toArray(String[]::new))) {
            return settings.getBean(SheberProperties.class)
                    .dataDirectory()
                    .toAbsolutePath()
                    .normalize();
        }
    }

    /** What makes the directory non-empty: anything but a backups folder (the file may well come from there). */
    private static List<String> contents(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(data)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("backups"))
                    .sorted()
                    .toList();
        }
    }

    private void load(EmbeddedMariaDb db, Path backup, boolean replacing) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("--default-character-set=utf8mb4", "--batch"));
        if (replacing) {
            // What the dump does not hold (tables of a newer version) must not survive beside what it does
            run(
                    db,
                    options,
                    InputStream.nullInputStream(),
                    "DROP DATABASE IF EXISTS `sheber`; CREATE DATABASE"
                            + " `sheber` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        }
        options.add(DatabaseDump.DATABASE);
        try (InputStream dump = new GZIPInputStream(Files.newInputStream(backup), 64 * 1024)) {
            run(db, options, dump, null);
        }
    }

    private static void run(EmbeddedMariaDb db, List<String> options, InputStream input, @Nullable String statements)
            throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(options);
        if (statements != null) {
            arguments.add("--execute=" + statements);
        }
        Process client = db.clientTool("mariadb", arguments)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (OutputStream stdin = client.getOutputStream()) {
            input.transferTo(stdin);
        } catch (IOException clientGone) {
            // the exit code below says why
        }
        int exit = client.waitFor();
        if (exit != 0) {
            throw new IOException("mariadb exited with " + exit + " (its message is above)");
        }
    }

    /** Just the settings: no web server, no database pool, no scheduled jobs. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SheberProperties.class)
    static class Settings {}
}
