package kz.sheber.privacy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One consent as staff see it: which version, when, in which language, how, and who took it at the desk. */
public record ConsentRecord(
        long version,
        String language,
        Instant givenAt,
        ConsentChannel channel,
        @Nullable String staffName) {}
