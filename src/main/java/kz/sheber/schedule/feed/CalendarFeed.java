package kz.sheber.schedule.feed;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.time.CentreTime;
import kz.sheber.schedule.SessionCard;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.stereotype.Component;

/**
 * The timetable as an iCalendar file for subscriptions. Times are in UTC, which every calendar app converts
 * itself; each session keeps one UID for life, so an app updates an event instead of adding a second one.
 */
@Component
class CalendarFeed {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    private final SheberProperties settings;
    private final CentreTime time;
    private final I18NProvider translations;

    CalendarFeed(SheberProperties settings, CentreTime time, I18NProvider translations) {
        this.settings = settings;
        this.time = time;
        this.translations = translations;
    }

    static String uid(long sessionId, SheberProperties settings) {
        return "session-" + sessionId + "@" + settings.publicUrl().getHost();
    }

    byte[] write(List<SessionCard> sessions, Locale language) {
        Calendar calendar = new Calendar()
                .withProdId("-//Sheber//Timetable " + language.getLanguage() + "//EN")
                .withDefaults()
                .withProperty(new Method(Method.VALUE_PUBLISH))
                .withProperty(new XProperty(
                        "X-WR-CALNAME",
                        settings.centre().name().in(language) + ": "
                                + translations.getTranslation("timetable.title", language)))
                .withProperty(new XProperty("X-WR-TIMEZONE", time.zone().getId()))
                .getFluentTarget();
        for (SessionCard card : sessions) {
            calendar.add(event(card, language));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private VEvent event(SessionCard card, Locale language) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(time.now()));
        event.add(new DtStart<>(card.startsAt()));
        event.add(new DtEnd<>(card.endsAt()));
        event.add(new Uid(uid(card.id(), settings)));
        event.add(new Summary(card.workshopTitle().in(language).text()));
        event.add(new Location(
                card.roomName() + ", " + settings.centre().address().in(language)));
        event.add(new Description(String.join(
                "\n",
                card.craftName().in(language).text() + " · "
                        + translations.getTranslation(
                                "catalogue.level." + card.level().name(), language),
                card.instructorName(),
                seats(card, language))));
        event.add(new Url(URI.create(settings.link("session/" + card.id()))));
        event.add(new Status(card.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return event;
    }

    private String seats(SessionCard card, Locale language) {
        if (card.cancelled()) {
            return translations.getTranslation("timetable.cancelled", language);
        }
        return card.seatsLeft() == 0
                ? translations.getTranslation("timetable.full", language)
                : translations.getTranslation("seats.left", language, card.seatsLeft());
    }
}
