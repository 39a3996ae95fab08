package kz.sheber.privacy;

import org.jspecify.annotations.Nullable;

/** A person on the staff's consent list: their latest consent, and whether it is to the version in force. */
public record PersonConsent(
        long personId,
        String fullName,
        @Nullable String email,
        @Nullable ConsentRecord latest,
        boolean current) {}
