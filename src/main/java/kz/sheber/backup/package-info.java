/**
 * Backups of the embedded database: a daily consistent dump by MariaDB's own {@code mariadb-dump}, gzip-compressed
 * with a SHA-256 beside it, the last few kept ({@link kz.sheber.backup.BackupService}); an admin page that lists and
 * starts them; and {@code java -jar sheber.jar restore <file>} ({@link kz.sheber.backup.RestoreCommand}).
 * With an external database backups are the operator's job and nothing here runs.
 */
@NullMarked
package kz.sheber.backup;

import org.jspecify.annotations.NullMarked;
