package kz.sheber.schedule.ui.timetable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Locale;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.schedule.SessionCard;

/** The words the public pages share: texts in the reader's language, seats, levels and times. */
final class ReaderText {

    private ReaderText() {}

    /** The text in the reader's language; in another one it carries its language and a visible note. */
    static Span of(Multilingual text, Locale reader) {
        Multilingual.Shown shown = text.in(reader);
        Span span = new Span(shown.text());
        if (shown.fallback()) {
            span.getElement().setAttribute("lang", shown.language());
            Span note = new Span(" " + t("language.in." + shown.language()));
            note.addClassName("sheber-fallback-note");
            return new Span(span, note);
        }
        return span;
    }

    static String plain(Multilingual text, Locale reader) {
        return text.in(reader).text();
    }

    /** "3 places left", "Full: join the waiting list", or "Cancelled". */
    static Span seats(SessionCard card) {
        Span seats = new Span(seatsText(card));
        seats.addClassName("sheber-seats");
        seats.addClassName(seatsClass(card));
        return seats;
    }

    static String seatsText(SessionCard card) {
        return card.cancelled()
                ? t("timetable.cancelled")
                : card.seatsLeft() == 0 ? t("timetable.full") : t("seats.left", card.seatsLeft());
    }

    static String seatsClass(SessionCard card) {
        return card.cancelled()
                ? "sheber-seats-cancelled"
                : card.seatsLeft() == 0 ? "sheber-seats-full" : "sheber-seats-free";
    }

    static String level(Level level) {
        return t("catalogue.level." + level.name());
    }

    static String hours(Instant start, Instant end, Locale locale, CentreTime time) {
        return t("timetable.time", time.formatTime(start, locale), time.formatTime(end, locale));
    }

    static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
