package kz.sheber.base.db;

import java.nio.file.Path;

/** Another app instance runs on this data directory; one embedded database has room for one app only. */
public final class DataDirectoryInUseException extends RuntimeException {

    private final Path directory;

    DataDirectoryInUseException(Path directory) {
        super("Another Sheber app is already running on the data directory " + directory + " (it holds "
                + directory.resolve(DataDirectoryLock.FILE) + ")");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
