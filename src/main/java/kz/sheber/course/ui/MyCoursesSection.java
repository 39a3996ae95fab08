package kz.sheber.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import kz.sheber.base.time.CentreTime;
import kz.sheber.booking.MyCourses;
import kz.sheber.course.CourseDateState;
import kz.sheber.course.CourseService;
import kz.sheber.course.EnrolmentState;
import kz.sheber.course.MyEnrolment;

/** My bookings' course items: each course the resident is in or waits for, once, with its dates. */
@org.springframework.stereotype.Component
class MyCoursesSection implements MyCourses {

    private final CourseService courses;
    private final CentreTime time;

    MyCoursesSection(CourseService courses, CentreTime time) {
        this.courses = courses;
        this.time = time;
    }

    @Override
    public Component section() {
        List<MyEnrolment> live =
                courses.myEnrolments().stream().filter(MyEnrolment::live).toList();
        Div section = new Div();
        section.setId("my-courses");
        return CourseCards.fill(section, "course.mine", live, this::card);
    }

    private Div card(MyEnrolment e, Locale locale) {
        Div card = new Div();
        card.addClassName("sheber-booking-card");
        card.setId("course-" + e.seriesId());
        card.add(new H3(e.workshopTitle().in(locale).text()));
        card.add(new Paragraph(
                e.state() == EnrolmentState.WAITING
                        ? CourseText.t("course.place", e.placeInLine(), e.seats())
                        : CourseText.t("course.yours", e.seats())));
        UnorderedList dates = new UnorderedList();
        for (CourseDateState date : e.dates()) {
            dates.add(new ListItem(CourseText.date(date, locale, time) + " · " + CourseText.status(date)));
        }
        card.add(dates);
        RouterLink open = CourseCards.toCourse(CourseText.t("booking.course.open"), e.seriesId());
        open.setId("open-course-" + e.seriesId());
        card.add(open);
        return card;
    }
}
