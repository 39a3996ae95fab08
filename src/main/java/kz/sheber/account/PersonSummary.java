package kz.sheber.account;

import java.util.Set;

/** One row of the staff's list of people. */
public record PersonSummary(long id, String fullName, String email, String phone, Set<String> roles,
        boolean enabled, boolean emailVerified, boolean invitationPending) {}
