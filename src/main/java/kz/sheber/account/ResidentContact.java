package kz.sheber.account;

/** How to reach a person about their bookings: email may be null (booked at the desk), language is kk, ru or en. */
public record ResidentContact(
        long id,
        String fullName,
        String email,
        boolean emailVerified,
        String phone,
        String language,
        boolean remindersEnabled,
        boolean resident) {}
