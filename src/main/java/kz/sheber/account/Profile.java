package kz.sheber.account;

import java.util.Set;

/** The signed-in person as their profile page shows them. */
public record Profile(long id, String fullName, String email, boolean emailVerified, String phone, String language,
        boolean remindersEnabled, boolean mustChangePassword, Set<String> roles) {}
