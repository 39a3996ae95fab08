package kz.sheber.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.i18n.Languages;
import kz.sheber.booking.domain.Booking;
import kz.sheber.booking.domain.BookingRepository;
import kz.sheber.booking.domain.BookingStatus;
import kz.sheber.booking.domain.CalendarFeeds;
import kz.sheber.schedule.TimetableService;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings in calendar apps: one booking's .ics to download, and a private subscription address (a secret token
 * in the path) listing the resident's confirmed bookings. Only the token's hash is kept, so the address is shown
 * once, when it is made, and a new one replaces it (as calendar services do with their secret addresses); an
 * encrypted copy to show it again would need a key beside the database, and a leak of both would open every
 * calendar.
 */
@Service
public class BookingCalendar {

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BookingRepository bookings;
    private final CalendarFeeds feeds;
    private final BookingInvites invites;
    private final TimetableService schedule;
    private final ResidentDirectory residents;
    private final SheberProperties settings;
    private final Clock clock;

    BookingCalendar(
            BookingRepository bookings,
            CalendarFeeds feeds,
            BookingInvites invites,
            TimetableService schedule,
            ResidentDirectory residents,
            SheberProperties settings,
            Clock clock) {
        this.bookings = bookings;
        this.feeds = feeds;
        this.invites = invites;
        this.schedule = schedule;
        this.residents = residents;
        this.settings = settings;
        this.clock = clock;
    }

    /** One of the signed-in resident's bookings as a calendar file. */
    @RolesAllowed(Roles.RESIDENT)
    @Transactional(readOnly = true)
    public byte[] invite(long bookingId) {
        Booking booking = bookings.findById(bookingId)
                .filter(b -> b.getPersonId() == residents.requireSignedInId())
                .orElseThrow(() -> InvalidInput.form("booking.gone"));
        Locale language = language(booking.getPersonId());
        return invites.calendar(List.of(event(booking, language)), ImmutableMethod.PUBLISH, language, clock.instant());
    }

    /** When the signed-in resident's private calendar address was made; empty if they have none. */
    @RolesAllowed(Roles.RESIDENT)
    @Transactional(readOnly = true)
    public Optional<Instant> myCalendarAddressMadeAt() {
        return feeds.madeAt(residents.requireSignedInId());
    }

    /**
     * Makes the signed-in resident a new private calendar address and returns it, the only time it can be shown;
     * calendars following an older one get nothing more.
     */
    @RolesAllowed(Roles.RESIDENT)
    @Transactional
    public String makeMyCalendarAddress() {
        return address(newToken(residents.requireSignedInId()));
    }

    /** The feed behind a private address, or empty for an unknown token (the caller answers 404). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<byte[]> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.personOf(token).map(person -> {
            Locale language = language(person);
            return invites.calendar(
                    bookings.ofPerson(person).stream()
                            .filter(b -> b.getStatus() == BookingStatus.CONFIRMED)
                            .map(b -> event(b, language))
                            .toList(),
                    ImmutableMethod.PUBLISH,
                    language,
                    clock.instant());
        });
    }

    private BookingInvites.Event event(Booking booking, Locale language) {
        return BookingMails.event(
                booking, schedule.session(booking.getSessionId()).orElseThrow(), language);
    }

    private Locale language(long personId) {
        return residents
                .contact(personId)
                .flatMap(c -> Languages.of(c.language()))
                .orElse(Languages.KAZAKH);
    }

    private String newToken(long personId) {
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        feeds.setToken(personId, token, clock.instant());
        return token;
    }

    private String address(String token) {
        return settings.link("calendar/" + token + ".ics");
    }
}
