package kz.sheber.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The app's database password, generated once (256 random bits) and kept in a file only the app's own OS user
 * may read or write (POSIX 600). Also writes other files that hold it, such as the server's init file.
 */
final class StoredPassword {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private StoredPassword() {}

    /** The password in {@code file}, created with a fresh one on first use. */
    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                // URL-safe Base64 needs no quoting in SQL or in a JDBC URL
                writePrivate(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n");
            } else if (isPosix()) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (password.isEmpty()) {
                throw new IllegalStateException(file + " is empty; delete it to have a new database password made");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the database password in " + file, e);
        }
    }

    /** Writes {@code text} to a file readable by this OS user only, replacing what was there. */
    static void writePrivate(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        FileAttribute<?>[] attributes = isPosix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Files.createFile(file, attributes);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
