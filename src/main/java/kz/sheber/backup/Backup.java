package kz.sheber.backup;

import java.time.Instant;

/** One backup file as admins see it: when it was taken, how big it is, and whether its checksum still matches. */
public record Backup(String name, Instant takenAt, long sizeBytes, boolean verified) {}
