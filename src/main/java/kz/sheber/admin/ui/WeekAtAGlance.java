package kz.sheber.admin.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import kz.sheber.admin.Dashboard;
import kz.sheber.admin.FigureFilter;
import kz.sheber.admin.FiguresService;
import kz.sheber.admin.Period;

/**
 * The top of staff's start page: this week so far beside last week (sessions held, fill rate, people who came,
 * people who waited in vain), and the way into the whole dashboard for the week.
 */
class WeekAtAGlance extends Section {

    WeekAtAGlance(FiguresService figures) {
        setId("week-at-a-glance");
        addClassName("sheber-week-glance");
        Dashboard week = figures.centre(Period.around(Period.Kind.WEEK, figures.today()), FigureFilter.ALL);
        FigureCards cards = new FigureCards();
        cards.setId("week-figures");
        cards.showGlance(week.figures(), week.previous(), new FigureText(getLocale()));
        RouterLink more = new RouterLink(getTranslation("admin.glance.open"), DashboardView.class);
        more.setQueryParameters(QueryParameters.of("period", "week"));
        more.setId("open-dashboard");
        add(new H2(getTranslation("admin.glance.title")), cards, more);
    }
}
