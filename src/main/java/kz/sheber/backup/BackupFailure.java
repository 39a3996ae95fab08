package kz.sheber.backup;

import java.time.Instant;

/** The last backup that did not work, and why, in the tool's own words. */
public record BackupFailure(Instant at, String reason) {}
