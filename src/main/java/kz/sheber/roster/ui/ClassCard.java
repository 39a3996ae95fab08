package kz.sheber.roster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import kz.sheber.base.time.CentreTime;
import kz.sheber.roster.RosterSession;

/** One class in a list: what, when and where, its seats and waiting list (or that it was cancelled), its roster. */
class ClassCard extends Div {

    ClassCard(RosterSession session, CentreTime time, boolean withInstructor) {
        var card = session.card();
        addClassName("sheber-booking-card");
        setId("session-" + card.id());
        add(new H3(card.workshopTitle().in(getLocale()).text()));
        add(new Paragraph(
                getTranslation("roster.when", time.formatDateTime(card.startsAt(), getLocale()), card.roomName())));
        if (withInstructor) {
            add(new Paragraph(getTranslation("roster.rosters.instructor", card.instructorName())));
        }
        add(new Paragraph(
                card.cancelled()
                        ? getTranslation("roster.mySessions.cancelled")
                        : getTranslation(
                                "roster.mySessions.counts", card.bookedSeats(), card.capacity(), session.waiting())));
        RouterLink open = new RouterLink(
                getTranslation("roster.open"), RosterView.class, new RouteParameters("id", String.valueOf(card.id())));
        open.setId("open-" + card.id());
        add(open);
    }
}
