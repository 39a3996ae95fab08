package kz.sheber.audit;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code sheber.audit.*}: how long the trail is kept. */
@Validated
@ConfigurationProperties("sheber.audit")
record AuditSettings(@NotNull @DefaultValue("24m") Period keep) {

    AuditSettings {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("sheber.audit.keep must be at least one day, e.g. 24m");
        }
    }
}
