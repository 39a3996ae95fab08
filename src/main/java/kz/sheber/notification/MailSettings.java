package kz.sheber.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox sends mail ({@code sheber.mail.*}); the SMTP server itself is {@code spring.mail.*}. With
 * {@code sending} false mail is queued as usual but nothing goes out: a staging copy of the production database
 * must never write to real residents. Sent mail is deleted {@code keepSent} after it went out; failed mail is kept
 * until staff send it again. {@code workers} senders run at once, each with its own SMTP connection and claimed rows.
 */
@Validated
@ConfigurationProperties("sheber.mail")
public record MailSettings(
        @NotBlank @DefaultValue("Sheber <no-reply@sheber.local>")
        String from,

        @NotNull @DurationMin(seconds = 1) @DefaultValue("10s")
        Duration pollInterval,

        @Min(1) @Max(100) @DefaultValue("10") int maxAttempts,
        @Min(1) @Max(500) @DefaultValue("20") int batchSize,
        @DefaultValue("true") boolean sending,
        @NotNull @DurationMin(days = 1) @DefaultValue("90d") Duration keepSent,
        @Min(1) @Max(16) @DefaultValue("4") int workers) {}
