package kz.sheber.backup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import kz.sheber.base.SheberProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When and where backups go ({@code sheber.backup.*}): a cron in the centre's zone, a directory (empty means
 * {@code <data-directory>/backups}; another disk is better) and how many to keep.
 */
@Validated
@ConfigurationProperties("sheber.backup")
record BackupSettings(
        @NotBlank @DefaultValue("0 0 3 * * *") String schedule,
        @DefaultValue("") String directory,
        @Min(1) @Max(1000) @DefaultValue("14") int keep) {

    Path directoryIn(SheberProperties properties) {
        return directory.isBlank()
                ? properties.dataDirectory().resolve("backups").toAbsolutePath().normalize()
                : Path.of(directory).toAbsolutePath().normalize();
    }
}
