package kz.sheber.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Seat booking's rules ({@code sheber.booking.*}), checked at start-up. */
@Validated
@ConfigurationProperties("sheber.booking")
public record BookingSettings(
        @Min(1) @Max(50) @DefaultValue("4") int maxSeats,
        @Min(1) @Max(366) @DefaultValue("30") int opensDaysBefore,
        @Min(0) @Max(10080) @DefaultValue("60") int closesMinutesBefore,

        @NotNull @DurationMin(seconds = 0) @DefaultValue("24h")
        Duration cancelCutoff,

        @NotNull @DurationMin(minutes = 1) @DefaultValue("24h")
        Duration reminderBefore,

        @NotNull @DurationMin(seconds = 1) @DefaultValue("1m")
        Duration reminderInterval,

        @Min(1) @Max(20) @DefaultValue("10") int lockRetries) {

    Duration opensBefore() {
        return Duration.ofDays(opensDaysBefore);
    }

    Duration closesBefore() {
        return Duration.ofMinutes(closesMinutesBefore);
    }
}
