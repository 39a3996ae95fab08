package kz.sheber.schedule.ui.timetable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.schedule.SessionCard;

/**
 * One line of the timetable, as the words it shows: the day's heading on a day's first line, time, workshop,
 * craft, level, instructor, room and seats, linking to the session. Drawn in the browser from these words (a
 * {@link LitRenderer}), not as server-side components: a screenful of lines as components was most of what an
 * open timetable kept in the server's memory, and each scroll built them again.
 */
record SessionLine(
        long id,
        String day,
        boolean cancelled,
        String hours,
        String title,
        String titleLanguage,
        String titleNote,
        String facts,
        String seats,
        String seatsClass) {

    private static final String TEMPLATE = """
            <div class="sheber-slot">\
            <h2 class="sheber-day" ?hidden=${!item.day}>${item.day}</h2>\
            <a class="sheber-slot-link ${item.cancelled ? 'sheber-slot-cancelled' : ''}" href="${item.href}" \
            router-link>\
            <span class="sheber-slot-time">${item.hours}</span>\
            <span class="sheber-slot-title"><span lang="${item.titleLanguage}">${item.title}</span>\
            <span class="sheber-fallback-note" ?hidden=${!item.titleNote}>${item.titleNote}</span></span>\
            <span class="sheber-slot-facts">${item.facts}</span>\
            <span class="sheber-seats ${item.seatsClass}">${item.seats}</span>\
            </a></div>""";

    static SessionLine of(TimetableLine line, Locale locale, CentreTime time) {
        SessionCard card = line.card();
        Multilingual.Shown title = card.workshopTitle().in(locale);
        return new SessionLine(
                card.id(),
                line.firstOfDay() ? time.formatDate(card.startsAt(), locale) : "",
                card.cancelled(),
                ReaderText.hours(card.startsAt(), card.endsAt(), locale, time),
                title.text(),
                title.language(),
                title.fallback() ? " " + ReaderText.t("language.in." + title.language()) : "",
                String.join(
                        " · ",
                        ReaderText.plain(card.craftName(), locale),
                        ReaderText.level(card.level()),
                        card.instructorName(),
                        card.roomName()),
                ReaderText.seatsText(card),
                ReaderText.seatsClass(card));
    }

    /** Draws each line in the browser from its words. */
    static LitRenderer<SessionLine> renderer() {
        return LitRenderer.<SessionLine>of(TEMPLATE)
                .withProperty("day", SessionLine::day)
                .withProperty("href", line -> "session/" + line.id())
                .withProperty("cancelled", SessionLine::cancelled)
                .withProperty("hours", SessionLine::hours)
                .withProperty("title", SessionLine::title)
                .withProperty("titleLanguage", SessionLine::titleLanguage)
                .withProperty("titleNote", SessionLine::titleNote)
                .withProperty("facts", SessionLine::facts)
                .withProperty("seats", SessionLine::seats)
                .withProperty("seatsClass", SessionLine::seatsClass);
    }

    /** The same line as components, for a page that lists a few sessions without a lazy list (a workshop's). */
    Div component() {
        Div slot = new Div();
        slot.addClassName("sheber-slot");
        if (firstOfDay()) {
            H2 heading = new H2(day);
            heading.addClassName("sheber-day");
            slot.add(heading);
        }
        RouterLink link = new RouterLink(SessionView.class, new RouteParameters("id", String.valueOf(id)));
        link.addClassName("sheber-slot-link");
        link.setClassName("sheber-slot-cancelled", cancelled);
        Span shown = new Span(title);
        shown.getElement().setAttribute("lang", titleLanguage);
        Span note = new Span(titleNote);
        note.addClassName("sheber-fallback-note");
        note.setVisible(!titleNote.isEmpty());
        Span titled = new Span(shown, note);
        titled.addClassName("sheber-slot-title");
        link.add(
                span(hours, "sheber-slot-time"),
                titled,
                span(facts, "sheber-slot-facts"),
                span(seats, "sheber-seats " + seatsClass));
        slot.add(link);
        return slot;
    }

    private static Span span(String text, String classNames) {
        Span span = new Span(text);
        span.addClassNames(classNames.split(" "));
        return span;
    }

    /** Whether the line opens a new day. */
    boolean firstOfDay() {
        return !day.isEmpty();
    }

    /** What a person reads on the line, in order; for tests. */
    String text() {
        return day + hours + title + titleNote + facts + seats;
    }
}
