package kz.sheber.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The signed-in person as their profile page shows them. */
public record Profile(
        long id,
        String fullName,
        @Nullable String email,
        boolean emailVerified,
        @Nullable String phone,
        String language,
        boolean remindersEnabled,
        boolean mustChangePassword,
        Set<String> roles) {}
