package kz.sheber.roster;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Rosters' rules ({@code sheber.roster.*}): when attendance may be marked around a session's start. */
@Validated
@ConfigurationProperties("sheber.roster")
public record RosterSettings(
        @NotNull @DurationMin(seconds = 0) @DefaultValue("30m")
        Duration attendanceWindowBefore,

        @NotNull @DurationMin(seconds = 0) @DefaultValue("7d")
        Duration attendanceWindowAfter) {}
