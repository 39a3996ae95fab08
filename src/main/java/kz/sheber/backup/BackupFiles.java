package kz.sheber.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The backup directory: {@code sheber-YYYYMMDD-HHmmss.sql.gz} (UTC, so names sort by time and never repeat at a
 * clock change) each with a {@code .sha256} beside it in {@code sha256sum} format. A file appears only whole (written
 * under a temporary name, then moved); only this OS user may read them, as they hold everyone's personal data.
 */
final class BackupFiles {

    static final String SUFFIX = ".sql.gz";
    static final String CHECKSUM_SUFFIX = ".sha256";
    private static final Pattern NAME = Pattern.compile("sheber-(\\d{8}-\\d{6})\\.sql\\.gz");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path directory;
    // Hashing every file on each page view or scrape would read gigabytes; a file is only rechecked once it changed
    private final Map<Path, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(long size, FileTime modified, FileTime checksumModified, boolean verified) {}

    BackupFiles(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    static String nameFor(Instant takenAt) {
        return "sheber-" + STAMP.format(LocalDateTime.ofInstant(takenAt, ZoneOffset.UTC)) + SUFFIX;
    }

    /** Compresses {@code dump} into a new backup taken at {@code takenAt}, with its checksum; returns its file. */
    Path store(Instant takenAt, InputStream dump) throws IOException {
        createPrivateDirectory();
        Path target = directory.resolve(nameFor(takenAt));
        Path partial = directory.resolve("." + target.getFileName() + ".partial");
        Path partialChecksum = directory.resolve("." + target.getFileName() + CHECKSUM_SUFFIX + ".partial");
        MessageDigest sha256 = sha256();
        try {
            try (OutputStream file = Files.newOutputStream(partial);
                    OutputStream gzip = new GZIPOutputStream(new DigestOutputStream(file, sha256), 64 * 1024)) {
                ownerOnly(partial);
                dump.transferTo(gzip);
            }
            Files.writeString(partialChecksum, checksumLine(HexFormat.of().formatHex(sha256.digest()), target));
            ownerOnly(partialChecksum);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            Files.move(partialChecksum, checksumOf(target), StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(partialChecksum);
        }
    }

    /** The backups on disk, newest first. */
    List<Backup> list() {
        return files().map(this::describe).flatMap(Optional::stream).toList();
    }

    /** Deletes all but the newest {@code keep} backups, with their checksums; returns how many went. */
    int keepNewest(int keep) throws IOException {
        List<Path> old = files().skip(keep).toList();
        for (Path file : old) {
            Files.deleteIfExists(checksumOf(file));
            Files.deleteIfExists(file);
            checked.remove(file);
        }
        return old.size();
    }

    /** Whether the file's bytes still hash to the checksum written beside it; false when that is missing. */
    static boolean verify(Path file) {
        Path checksum = checksumOf(file);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(checksum)) {
            return false;
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            String actual = HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
            String expected =
                    Files.readString(checksum, StandardCharsets.UTF_8).trim().split("\\s+")[0];
            return actual.equalsIgnoreCase(expected);
        } catch (IOException unreadable) {
            return false;
        }
    }

    static Path checksumOf(Path file) {
        return file.resolveSibling(file.getFileName() + CHECKSUM_SUFFIX);
    }

    private Stream<Path> files() {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries
                    .filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + directory, e);
        }
    }

    private Optional<Backup> describe(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        try {
            if (!name.matches()) {
                return Optional.empty();
            }
            Instant takenAt = LocalDateTime.parse(name.group(1), STAMP).toInstant(ZoneOffset.UTC);
            long size = Files.size(file);
            FileTime modified = Files.getLastModifiedTime(file);
            Path checksum = checksumOf(file);
            FileTime checksumModified =
                    Files.exists(checksum) ? Files.getLastModifiedTime(checksum) : FileTime.fromMillis(0);
            Checked known = checked.get(file);
            if (known == null
                    || known.size() != size
                    || !known.modified().equals(modified)
                    || !known.checksumModified().equals(checksumModified)) {
                known = new Checked(size, modified, checksumModified, verify(file));
                checked.put(file, known);
            }
            return Optional.of(new Backup(file.getFileName().toString(), takenAt, size, known.verified()));
        } catch (IOException | DateTimeParseException goneOrOdd) {
            return Optional.empty();
        }
    }

    private static String checksumLine(String hex, Path target) {
        return hex + "  " + target.getFileName() + "\n";
    }

    private void createPrivateDirectory() throws IOException {
        Files.createDirectories(directory);
        ownerOnly(directory);
    }

    private static void ownerOnly(Path path) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(
                    path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
