package kz.sheber.roster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import kz.sheber.base.Roles;
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
        Instant startOfToday =
                time.nowInCentre().toLocalDate().atStartOfDay(time.zone()).toInstant();
        List<RosterSession> all = rosters.mySessions();
        section(
                "upcoming",
                "roster.mySessions.upcoming",
                all.stream()
                        .filter(s -> !s.card().startsAt().isBefore(startOfToday))
                        .toList(),
                time);
        section(
                "recent",
                "roster.mySessions.recent",
                all.stream()
                        .filter(s -> s.card().startsAt().isBefore(startOfToday))
                        .toList(),
                time);
    }

    private void section(String id, String titleKey, List<RosterSession> sessions, CentreTime time) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.setId(id);
        if (sessions.isEmpty()) {
            section.add(new Paragraph(getTranslation("roster.mySessions.empty")));
        }
        sessions.forEach(s -> section.add(new ClassCard(s, time, false)));
        add(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.mySessions.title");
    }
}
