package kz.sheber.privacy.retention;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import kz.sheber.account.PersonErasure;
import kz.sheber.base.Roles;
import kz.sheber.base.SheberProperties;
import kz.sheber.booking.BookingService;
import kz.sheber.privacy.PrivacySettings;
import org.springframework.stereotype.Service;

/** For staff, per person: when they were last active, and when retention will anonymise them if nothing changes. */
@Service
@RolesAllowed(Roles.ADMIN)
public class RetentionOutlook {

    /** @param anonymisedFrom empty when retention never applies to them (staff, instructors, already erased) */
    public record Outlook(Instant lastActive, Optional<Instant> anonymisedFrom, Optional<Instant> erasedAt) {}

    private final PersonErasure accounts;
    private final BookingService bookings;
    private final PrivacySettings settings;
    private final SheberProperties properties;

    RetentionOutlook(
            PersonErasure accounts, BookingService bookings, PrivacySettings settings, SheberProperties properties) {
        this.accounts = accounts;
        this.bookings = bookings;
        this.settings = settings;
        this.properties = properties;
    }

    public Optional<Outlook> of(long personId) {
        return accounts.lastSeen(personId).map(seen -> {
            Instant lastActive = Stream.concat(
                            Stream.of(seen.lastSeen()), bookings.lastBookingActivityOf(personId).stream())
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            // The job runs daily and counts whole days in the centre's zone: the first day the rule is past
            Optional<Instant> from = seen.retained()
                    ? Optional.of(lastActive
                            .atZone(properties.timeZone())
                            .toLocalDate()
                            .plus(settings.anonymiseInactiveAfter())
                            .plusDays(1)
                            .atStartOfDay(properties.timeZone())
                            .toInstant())
                    : Optional.empty();
            return new Outlook(lastActive, from, Optional.ofNullable(seen.erasedAt()));
        });
    }
}
