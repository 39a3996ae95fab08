package kz.sheber.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import kz.sheber.base.time.CentreTime;
import kz.sheber.course.CourseOffer;
import kz.sheber.course.CourseService;
import kz.sheber.schedule.CourseOffers;

/** Courses as one offer each: the dates in one line, places left and "Enrol", leading to the course page. */
@org.springframework.stereotype.Component
class CourseOfferCards implements CourseOffers {

    private static final int SHOWN = 20;

    private final CourseService courses;
    private final CentreTime time;

    CourseOfferCards(CourseService courses, CentreTime time) {
        this.courses = courses;
        this.time = time;
    }

    @Override
    public Component all() {
        return section(courses.upcoming(SHOWN));
    }

    @Override
    public Component ofWorkshop(long workshopId) {
        return section(courses.upcoming(SHOWN * 10).stream()
                .filter(c -> c.workshopId() == workshopId)
                .toList());
    }

    private Component section(List<CourseOffer> offers) {
        Section section = new Section();
        section.setId("courses");
        section.addClassName("sheber-courses");
        return CourseCards.fill(section, "course.section", offers, this::card);
    }

    private Div card(CourseOffer offer, Locale locale) {
        Div card = new Div();
        card.addClassName("sheber-course-offer");
        card.setId("course-offer-" + offer.seriesId());
        card.add(new H3(CourseText.t(
                "course.offer.title", offer.workshopTitle().in(locale).text())));
        card.add(new Paragraph(CourseText.summary(offer, locale, time)));
        Span seats = new Span(CourseText.seatsLeft(offer));
        seats.addClassName("sheber-seats");
        card.add(new Paragraph(seats));
        RouterLink enrol = CourseCards.toCourse(
                CourseText.t(
                        offer.availability() == CourseOffer.Availability.OPEN
                                ? "course.offer.enrol"
                                : "course.offer.open"),
                offer.seriesId());
        enrol.setId("enrol-" + offer.seriesId());
        enrol.addClassName("sheber-course-enrol");
        card.add(enrol);
        return card;
    }
}
