package kz.sheber.booking;

import com.vaadin.flow.i18n.I18NProvider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.sheber.base.SheberProperties;
import kz.sheber.notification.MailAttachment;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.springframework.stereotype.Component;

/**
 * Calendar files made with ical4j: one event per booking with a UID that never changes (built from the
 * reference), a SEQUENCE that rises with every change, times in UTC, the room and the centre's address as the
 * place, and a reminder alarm an hour before.
 */
@Component
class BookingInvites {

    /** One booking as a calendar shows it. */
    record Event(
            String reference,
            int sequence,
            Instant start,
            Instant end,
            String title,
            String room,
            int seats,
            boolean cancelled) {}

    private final SheberProperties settings;
    private final I18NProvider translations;
    private final Instant stamp = Instant.EPOCH;

    BookingInvites(SheberProperties settings, I18NProvider translations) {
        this.settings = settings;
        this.translations = translations;
    }

    /** The attachment for one mail: METHOD REQUEST, or CANCEL when the booking has ended. */
    MailAttachment attachment(Event event, Locale language, Instant now) {
        String method = event.cancelled() ? "CANCEL" : "REQUEST";
        return new MailAttachment(
                "invite.ics",
                "text/calendar; charset=UTF-8; method=" + method,
                calendar(
                        List.of(event),
                        event.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST,
                        language,
                        now));
    }

    /** A whole calendar (a download or a subscription feed). */
    byte[] calendar(List<Event> events, Method method, Locale language, Instant now) {
        Calendar calendar = new Calendar()
                .withProdId("-//Sheber//Booking//EN")
                .withDefaults()
                .withProperty(method)
                .getFluentTarget();
        for (Event e : events) {
            calendar.add(event(e, language, now));
        }
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }

    String uid(String reference) {
        return "booking-" + reference + "@" + settings.publicUrl().getHost();
    }

    private VEvent event(Event e, Locale language, Instant now) {
        VEvent event = new VEvent(e.start(), e.end(), e.title());
        event.replace(new DtStamp(now == null ? stamp : now));
        event.add(new Uid(uid(e.reference())));
        event.add(new Sequence(e.sequence()));
        String address = settings.centre().address().in(language);
        event.add(new Location(address.isBlank() ? e.room() : e.room() + ", " + address));
        event.add(new Description(
                translations.getTranslation("booking.invite.description", language, e.reference(), e.seats())));
        event.add(new Url(URI.create(settings.link("my-bookings"))));
        event.add(new Organizer(URI.create("mailto:" + organizer())));
        event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (!e.cancelled()) {
            VAlarm alarm = new VAlarm(Duration.ofHours(-1));
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(e.title()));
            event.add(alarm);
        }
        return event;
    }

    private String organizer() {
        String email = settings.centre().email();
        return email == null || email.isBlank()
                ? "no-reply@" + settings.publicUrl().getHost()
                : email;
    }
}
