package kz.sheber.schedule.ui.timetable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.schedule.CourseOffers;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableFilter;
import kz.sheber.schedule.TimetableLink;
import kz.sheber.schedule.TimetableService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The residents' main page: sessions day by day, loaded a screenful at a time. A filter change refreshes only the
 * list, and the address keeps the filters (replaceState), so a link brings the same view back.
 */
@Route("timetable")
@AnonymousAllowed
class TimetableView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "timetable";
    /** Lines on a phone's first screen, and then some: what the list would ask for first. */
    private static final int FIRST_SCREEN = 25;

    private final TimetableService schedule;
    private final CentreTime time;
    private final TimetableFilters filters;
    private final VirtualList<SessionLine> list = new VirtualList<>();
    private final Paragraph count = new Paragraph();
    private final Paragraph notice = new Paragraph();
    private final Anchor icsFeed = new Anchor();
    private final Anchor jsonFeed = new Anchor();
    private TimetableFilter filter = TimetableFilter.upcoming();
    private int total;

    TimetableView(
            TimetableService schedule,
            CatalogueService catalogue,
            CentreTime time,
            ObjectProvider<CourseOffers> courses) {
        this.schedule = schedule;
        this.time = time;
        addClassNames("sheber-page", "sheber-timetable");
        filters = new TimetableFilters(catalogue.crafts(), getLocale());
        filters.onChange(this::filterBy);
        notice.addClassName("sheber-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        count.setId("timetable-count");
        count.addClassName("sheber-count");
        count.getElement().setAttribute("aria-live", "polite");
        list.setId("timetable-list");
        list.addClassName("sheber-slots");
        list.setRenderer(SessionLine.renderer());
        list.setDataProvider(DataProvider.fromCallbacks(this::fetch, query -> total));
        add(new H1(ReaderText.t("timetable.title")), new Paragraph(ReaderText.t("timetable.intro")));
        // A course shows once, as one offer for all its dates, above the classes day by day
        courses.ifAvailable(offers -> add(offers.all()));
        add(filters, notice, count, list, feeds());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TimetableLink link =
                TimetableLink.parse(event.getLocation().getQueryParameters().getParameters());
        notice.setText(ReaderText.t("timetable.filter.notUnderstood"));
        notice.setVisible(!link.understood());
        filters.show(link.filter());
        show(link.filter());
    }

    @Override
    public String getPageTitle() {
        return ReaderText.t("timetable.title");
    }

    /** What the list shows now; for tests and the benchmark. */
    TimetableFilter filter() {
        return filter;
    }

    VirtualList<SessionLine> list() {
        return list;
    }

    private void filterBy(TimetableFilter chosen) {
        show(chosen);
        notice.setVisible(false);
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(null, new Location(ROUTE, new QueryParameters(TimetableLink.parameters(chosen))));
    }

    private void show(TimetableFilter chosen) {
        filter = chosen;
        total = schedule.count(chosen);
        count.setText(total == 0 ? ReaderText.t("timetable.empty") : ReaderText.t("timetable.count", total));
        list.getDataProvider().refreshAll();
        // The first screenful goes with this answer (the page itself, or the filter change) instead of the browser
        // asking for it in a round trip of its own after drawing an empty list
        list.getDataCommunicator().setViewportRange(0, FIRST_SCREEN);
        QueryParameters link = new QueryParameters(TimetableLink.parameters(chosen));
        jsonFeed.setHref("feeds/sessions.json" + query(link));
        icsFeed.setHref("feeds/sessions.ics?lang=" + getLocale().getLanguage()
                + (chosen.craftId() == null ? "" : "&craft=" + chosen.craftId()));
    }

    private static String query(QueryParameters parameters) {
        String query = parameters.getQueryString();
        return query.isEmpty() ? "" : "?" + query;
    }

    /** One page, with the session before it, so the first line of a new day knows to carry the day's heading. */
    private Stream<SessionLine> fetch(Query<SessionLine, Void> query) {
        int before = query.getOffset() > 0 ? 1 : 0;
        List<SessionCard> cards = schedule.upcoming(filter, query.getOffset() - before, query.getLimit() + before);
        List<SessionLine> lines = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < cards.size(); i++) {
            LocalDate day = cards.get(i).startsAt().atZone(time.zone()).toLocalDate();
            if (i >= before) {
                lines.add(SessionLine.of(new TimetableLine(cards.get(i), !day.equals(previous)), getLocale(), time));
            }
            previous = day;
        }
        return lines.stream().limit(query.getLimit());
    }

    private Div feeds() {
        icsFeed.setText(ReaderText.t("timetable.feed.ics"));
        jsonFeed.setText(ReaderText.t("timetable.feed.json"));
        icsFeed.setRouterIgnore(true);
        jsonFeed.setRouterIgnore(true);
        Div feeds = new Div(icsFeed, jsonFeed);
        feeds.addClassName("sheber-feeds");
        return feeds;
    }
}
