package kz.sheber.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One row of the staff's list of people. */
public record PersonSummary(
        long id,
        String fullName,
        @Nullable String email,
        @Nullable String phone,
        Set<String> roles,
        boolean enabled,
        boolean emailVerified,
        boolean invitationPending) {}
