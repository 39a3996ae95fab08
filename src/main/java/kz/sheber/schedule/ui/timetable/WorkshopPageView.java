package kz.sheber.schedule.ui.timetable;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.CourseOffers;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableService;
import org.springframework.beans.factory.ObjectProvider;

/** A workshop as residents see it, with its next sessions. */
@Route("workshop/:id")
@AnonymousAllowed
class WorkshopPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SESSIONS_SHOWN = 50;

    private final TimetableService schedule;
    private final CatalogueService catalogue;
    private final CentreTime time;
    private String title = "";

    private final ObjectProvider<CourseOffers> courses;

    WorkshopPageView(
            TimetableService schedule,
            CatalogueService catalogue,
            CentreTime time,
            ObjectProvider<CourseOffers> courses) {
        this.courses = courses;
        this.schedule = schedule;
        this.catalogue = catalogue;
        this.time = time;
        addClassNames("sheber-page", "sheber-workshop");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WorkshopDetails workshop = catalogue.workshop(PublicPage.id(event)).orElseThrow(NotFoundException::new);
        removeAll();
        Locale locale = getLocale();
        title = ReaderText.plain(workshop.title(), locale);
        add(new RouterLink(ReaderText.t("session.backToTimetable"), TimetableView.class));
        add(new H1(ReaderText.of(workshop.title(), locale)));
        PublicPage.picture(workshop, locale).ifPresent(this::add);
        PublicPage.describe(this, workshop, locale);
        courses.ifAvailable(offers -> add(offers.ofWorkshop(workshop.id())));
        add(sessions(schedule.upcomingOfWorkshop(workshop.id(), SESSIONS_SHOWN), locale));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Section sessions(List<SessionCard> cards, Locale locale) {
        Section section = new Section(new H2(ReaderText.t("workshop.upcoming")));
        section.setId("workshop-sessions");
        if (cards.isEmpty()) {
            section.add(new Paragraph(ReaderText.t("workshop.noUpcoming")));
        }
        LocalDate previous = null;
        for (SessionCard card : cards) {
            LocalDate day = card.startsAt().atZone(time.zone()).toLocalDate();
            section.add(SessionLine.of(new TimetableLine(card, !day.equals(previous)), locale, time)
                    .component());
            previous = day;
        }
        return section;
    }
}
