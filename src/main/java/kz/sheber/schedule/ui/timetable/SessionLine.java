package kz.sheber.schedule.ui.timetable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import kz.sheber.base.time.CentreTime;
import kz.sheber.schedule.SessionCard;

/** One line of the timetable: time, workshop, craft, level, instructor, room and seats, linking to the session. */
class SessionLine extends Div {

    SessionLine(TimetableLine line, Locale locale, CentreTime time) {
        SessionCard card = line.card();
        addClassName("sheber-slot");
        if (line.firstOfDay()) {
            H2 day = new H2(time.formatDate(card.startsAt(), locale));
            day.addClassName("sheber-day");
            add(day);
        }
        RouterLink link = new RouterLink(SessionView.class, new RouteParameters("id", String.valueOf(card.id())));
        link.addClassName("sheber-slot-link");
        if (card.cancelled()) {
            link.addClassName("sheber-slot-cancelled");
        }
        Span hours = new Span(ReaderText.hours(card.startsAt(), card.endsAt(), locale, time));
        hours.addClassName("sheber-slot-time");
        Span title = ReaderText.of(card.workshopTitle(), locale);
        title.addClassName("sheber-slot-title");
        Span facts = new Span(String.join(
                " · ",
                ReaderText.plain(card.craftName(), locale),
                ReaderText.level(card.level()),
                card.instructorName(),
                card.roomName()));
        facts.addClassName("sheber-slot-facts");
        link.add(hours, title, facts, ReaderText.seats(card));
        add(link);
    }
}
