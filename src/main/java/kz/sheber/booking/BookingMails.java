package kz.sheber.booking;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sheber.account.ResidentContact;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.i18n.Languages;
import kz.sheber.booking.domain.Booking;
import kz.sheber.booking.domain.BookingStatus;
import kz.sheber.notification.MailAttachment;
import kz.sheber.notification.MailOutbox;
import kz.sheber.notification.OutgoingMail;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.SessionDetails;
import kz.sheber.schedule.TimetableService;
import org.springframework.stereotype.Component;

/**
 * The booking emails, queued in the outbox inside the transaction that changed the booking, in the resident's
 * language, each naming the reference, workshop, time (centre's zone, named), room and address. People without
 * an email address (booked at the desk) get none.
 */
@Component
class BookingMails {

    /** Which mail, and whether it carries a calendar invite. */
    enum Kind {
        BOOKING_CONFIRMED("booking-confirmed", true),
        SEATS_CHANGED("seats-changed", true),
        WAITLIST_JOINED("waitlist-joined", false),
        WAITLIST_PROMOTED("waitlist-promoted", true),
        BOOKING_CANCELLED("booking-cancelled", true),
        SESSION_CANCELLED("session-cancelled", true),
        SESSION_CHANGED("session-changed", true),
        REMINDER("reminder", true);

        final String template;
        final boolean invite;

        Kind(String template, boolean invite) {
            this.template = template;
            this.invite = invite;
        }
    }

    private final MailOutbox outbox;
    private final ResidentDirectory residents;
    private final TimetableService schedule;
    private final BookingInvites invites;
    private final SheberProperties settings;
    private final Clock clock;

    BookingMails(
            MailOutbox outbox,
            ResidentDirectory residents,
            TimetableService schedule,
            BookingInvites invites,
            SheberProperties settings,
            Clock clock) {
        this.outbox = outbox;
        this.residents = residents;
        this.schedule = schedule;
        this.invites = invites;
        this.settings = settings;
        this.clock = clock;
    }

    /** Reads the person's contact (and, for a person with an address, the session) and sends. */
    void send(Booking booking, Kind kind, Map<String, Object> extra) {
        ResidentContact contact = residents.contact(booking.getPersonId()).orElse(null);
        if (contact == null || contact.email() == null) {
            return;
        }
        // Only the timetable line: the full details also load the workshop's instructors and the room, unused here
        send(booking, schedule.card(booking.getSessionId()).orElseThrow(), Optional.of(contact), kind, extra);
    }

    /** Sends with what the caller's attempt already read about the session and the person. */
    void send(
            Booking booking, SessionCard card, Optional<ResidentContact> person, Kind kind, Map<String, Object> extra) {
        ResidentContact contact = person.orElse(null);
        if (contact == null || contact.email() == null) {
            return;
        }
        Locale language = Languages.of(contact.language()).orElse(Languages.KAZAKH);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("reference", booking.getReference());
        values.put("workshop", card.workshopTitle().in(language).text());
        values.put("start", card.startsAt());
        values.put("room", card.roomName());
        values.put("address", settings.centre().address().in(language));
        values.put("seats", booking.getSeats());
        values.put("link", settings.link("my-bookings"));
        values.putAll(extra);
        List<MailAttachment> files = kind.invite && booking.getConfirmedAt() != null
                ? List.of(invites.attachment(event(booking, card, language), language, clock.instant()))
                : List.of();
        outbox.queue(new OutgoingMail(contact.email(), contact.fullName(), language, kind.template, values, files));
    }

    static BookingInvites.Event event(Booking booking, SessionDetails session, Locale language) {
        return event(booking, session.card(), language);
    }

    static BookingInvites.Event event(Booking booking, SessionCard card, Locale language) {
        return new BookingInvites.Event(
                booking.getReference(),
                booking.getIcsSequence(),
                card.startsAt(),
                card.endsAt(),
                card.workshopTitle().in(language).text(),
                card.roomName(),
                booking.getSeats(),
                booking.getStatus() == BookingStatus.CANCELLED || card.cancelled());
    }
}
