package kz.sheber.roster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import kz.sheber.account.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.roster.RosterService;
import kz.sheber.roster.RosterSession;

/** An instructor's home: today's and upcoming classes first, then recent ones, each opening its roster. */
@Route("my-sessions")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class MySessionsView extends Main implements HasDynamicTitle {

    MySessionsView(RosterService rosters, CentreTime time) {
        addClassName("sheber-page");
        add(new H1(getTranslation("roster.mySessions.title")));
        Instant startOfToday = time.nowInCentre().toLocalDate().atStartOfDay(time.zone()).toInstant();
        List<RosterSession> all = rosters.mySessions();
        section("upcoming", "roster.mySessions.upcoming", all.stream()
                .filter(s -> !s.card().startsAt().isBefore(startOfToday)).toList(), time);
        section("recent", "roster.mySessions.recent", all.stream()
                .filter(s -> s.card().startsAt().isBefore(startOfToday)).toList(), time);
    }

    private void section(String id, String titleKey, List<RosterSession> sessions, CentreTime time) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.setId(id);
        if (sessions.isEmpty()) {
            section.add(new Paragraph(getTranslation("roster.mySessions.empty")));
        }
        for (RosterSession s : sessions) {
            Div card = new Div();
            card.addClassName("sheber-booking-card");
            card.setId("session-" + s.card().id());
            card.add(new H3(s.card().workshopTitle().in(getLocale()).text()));
            card.add(new Paragraph(getTranslation("roster.when", time.formatDateTime(s.card().startsAt(), getLocale()),
                    s.card().roomName())));
            card.add(new Paragraph(s.card().cancelled() ? getTranslation("roster.mySessions.cancelled")
                    : getTranslation("roster.mySessions.counts", s.card().bookedSeats(), s.card().capacity(),
                            s.waiting())));
            RouterLink open = new RouterLink(getTranslation("roster.open"), RosterView.class,
                    new RouteParameters("id", String.valueOf(s.card().id())));
            open.setId("open-" + s.card().id());
            card.add(open);
            section.add(card);
        }
        add(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.mySessions.title");
    }
}
