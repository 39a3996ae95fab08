package kz.sheber.privacy;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code sheber.privacy.*}: how long personal data is kept. A resident with no booking and no sign-in for
 * {@code anonymiseInactiveAfter} is anonymised; the text of class messages is destroyed after
 * {@code classMessageTextKept}. Sent mail has its own setting, {@code sheber.mail.keep-sent}.
 */
@Validated
@ConfigurationProperties("sheber.privacy")
public record PrivacySettings(
        @NotNull @DefaultValue("36m") Period anonymiseInactiveAfter,
        @NotNull @DefaultValue("12m") Period classMessageTextKept) {

    public PrivacySettings {
        if (anonymiseInactiveAfter.isNegative() || anonymiseInactiveAfter.isZero()) {
            throw new IllegalArgumentException(
                    "sheber.privacy.anonymise-inactive-after must be at least a day, e.g. 36m");
        }
        if (classMessageTextKept.isNegative() || classMessageTextKept.isZero()) {
            throw new IllegalArgumentException(
                    "sheber.privacy.class-message-text-kept must be at least a day, e.g. 12m");
        }
    }
}
