package kz.sheber.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one running app's hold on its data directory: a lock on {@code sheber.lock} there, which the OS drops
 * when the process ends however it ends, so a {@code kill -9} leaves nothing stale behind. While we hold it, a
 * database server still running on this directory was left by an app that is gone.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "sheber.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock at once or fails with {@link DataDirectoryInUseException}; it never waits. */
    static DataDirectoryLock acquire(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(directory);
            }
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        }
    }
}
