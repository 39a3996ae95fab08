package kz.sheber.backup;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import kz.sheber.base.Roles;
import org.springframework.stereotype.Service;

/** The backups for admins: what is on disk, the last failure, and "back up now". */
@Service
@RolesAllowed(Roles.ADMIN)
public class BackupService {

    /** What "back up now" did. */
    public enum Start {
        STARTED,
        ALREADY_RUNNING,
        EXTERNAL_DATABASE
    }

    private final BackupRunner runner;

    BackupService(BackupRunner runner) {
        this.runner = runner;
    }

    /** Newest first, each checked against its checksum. */
    public List<Backup> backups() {
        return runner.files().list();
    }

    public Optional<BackupFailure> lastFailure() {
        return runner.lastFailure();
    }

    public boolean isRunning() {
        return runner.isRunning();
    }

    /** False with an external database: then backups are the operator's job. */
    public boolean isEmbedded() {
        return runner.isEmbedded();
    }

    public String directory() {
        return runner.files().directory().toString();
    }

    /** Starts a backup off the caller's thread; refuses a second while one runs. */
    public Start startNow() {
        if (!runner.isEmbedded()) {
            return Start.EXTERNAL_DATABASE;
        }
        return runner.startNow() ? Start.STARTED : Start.ALREADY_RUNNING;
    }
}
