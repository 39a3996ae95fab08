package kz.sheber.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouterLink;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.i18n.Languages;
import kz.sheber.booking.TestSessions;
import kz.sheber.course.CourseService;
import kz.sheber.course.TestCourses;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CourseScreensTest extends KaribuTest {

    @Autowired
    TestCourses courses;

    @Autowired
    TestSessions sessions;

    @Autowired
    CourseService service;

    @Autowired
    TestCatalogue catalogue;

    @Autowired
    kz.sheber.account.StaffService staff;

    @Autowired
    kz.sheber.base.time.CentreTime time;

    @Test
    void the_timetable_shows_a_course_once_with_its_dates_places_left_and_enrol() {
        CourseSeries course = courses.course(6, 8);
        open("timetable", Languages.ENGLISH);

        Div offer = _get(Div.class, spec -> spec.withId("course-offer-" + course.seriesId()));
        SessionCard first = course.dates().getFirst();
        assertThat(offer.getElement().getTextRecursively())
                .contains("8 dates")
                .contains("at 11:00")
                .contains("6 places left")
                .contains(time.formatDate(first.startsAt(), Languages.ENGLISH))
                .contains(time.formatDate(course.dates().getLast().startsAt(), Languages.ENGLISH));
        assertThat(_get(offer, RouterLink.class, spec -> spec.withId("enrol-" + course.seriesId()))
                        .getHref())
                .isEqualTo("course/" + course.seriesId());
    }

    @Test
    void the_workshop_page_shows_its_course_as_one_offer() {
        CourseSeries course = courses.course(6, 3);
        open("workshop/" + course.workshopId(), Languages.RUSSIAN);

        Section section = _get(Section.class, spec -> spec.withId("courses"));
        assertThat(section.getElement().getTextRecursively())
                .contains("3 занятия")
                .contains("осталось 6 мест");
    }

    @Test
    void a_resident_enrols_on_the_course_page_misses_one_date_and_sees_it_on_my_bookings() {
        CourseSeries course = courses.course(6, 3);
        PersonDetails resident = sessions.resident();
        login(resident);
        open("course/" + course.seriesId(), Languages.ENGLISH);

        _setValue(_get(IntegerField.class, spec -> spec.withId("seats")), 2);
        _click(_get(Button.class, spec -> spec.withId("enrol")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("course-message")).getText())
                .startsWith("You are enrolled.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-status")).getText())
                .isEqualTo("You are enrolled: 2 seats on every date.");
        long second = course.dates().get(1).id();
        _click(_get(Button.class, spec -> spec.withId("miss-" + second)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-message")).getText())
                .startsWith("Noted:");
        assertThat(_get(ListItem.class, spec -> spec.withId("date-" + second))
                        .getElement()
                        .getTextRecursively())
                .contains("you will miss it");
        _assertNone(Button.class, spec -> spec.withId("miss-" + second));

        open("my-bookings", Languages.ENGLISH);
        Div item = _get(Div.class, spec -> spec.withId("course-" + course.seriesId()));
        assertThat(item.getElement().getTextRecursively()).contains("your seat").contains("you will miss it");
        // The dates' seats show inside the course's item, not as three separate bookings
        assertThat(_get(Div.class, spec -> spec.withId("upcoming")).getElement().getTextRecursively())
                .doesNotContain(course.workshopTitle().get("en"));
    }

    @Test
    void on_a_full_course_the_page_offers_the_waiting_list_in_kazakh() {
        CourseSeries course = courses.course(1, 2);
        TestCatalogue.signIn(sessions.resident());
        service.enrol(course.seriesId(), 1, false);
        login(sessions.resident());
        open("course/" + course.seriesId(), Languages.KAZAKH);

        _assertNone(Button.class, spec -> spec.withId("enrol"));
        _click(_get(Button.class, spec -> spec.withId("join")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("course-status")).getText())
                .contains("1-орындасыз");
        _click(_get(Button.class, spec -> spec.withId("leave")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-message")).getText())
                .isEqualTo("Сіз шықтыңыз.");
    }

    @Test
    void a_visitor_sees_the_course_and_is_asked_to_sign_in() {
        CourseSeries course = courses.course(4, 2);
        open("course/" + course.seriesId(), Languages.ENGLISH);

        assertThat(_get(Span.class, spec -> spec.withId("course-seats")).getText())
                .isEqualTo("4 places left");
        _assertNone(Button.class, spec -> spec.withId("enrol"));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("sign-in"))
                        .getText())
                .isEqualTo("Sign in to enrol");
    }

    @Test
    void a_course_date_page_sends_residents_to_the_course_instead_of_booking_the_date_alone() {
        CourseSeries course = courses.course(4, 2);
        login(sessions.resident());
        open("session/" + course.dates().getFirst().id(), Languages.ENGLISH);

        _assertNone(Button.class, spec -> spec.withId("booking-book"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("booking-status")).getText())
                .startsWith("This date is part of a course.");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("booking-course"))
                        .getHref())
                .isEqualTo("course/" + course.seriesId());
    }

    @Test
    void the_instructor_reads_the_register_and_staff_enrol_a_resident_there_at_the_desk() {
        CourseSeries course = courses.course(4, 3);
        PersonDetails resident = sessions.resident();
        login(new PersonDetails(
                course.instructorId(),
                "teacher@sheber.test",
                "",
                true,
                java.util.List.of(kz.sheber.base.Roles.INSTRUCTOR)));
        open("course/" + course.seriesId() + "/register", Languages.ENGLISH);
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("register-csv"));
        _assertNone(Div.class, spec -> spec.withId("desk-enrolment"));

        logout();
        login(catalogue.signInAdmin());
        open("course/" + course.seriesId() + "/register", Languages.ENGLISH);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<kz.sheber.account.PersonSummary> person =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("desk-person"));
        person.setValue(staff.findPeople(resident.email(), 1).getFirst());
        _click(_get(Button.class, spec -> spec.withId("desk-enrol")));

        com.vaadin.flow.component.html.NativeTable table =
                _get(com.vaadin.flow.component.html.NativeTable.class, spec -> spec.withId("register"));
        assertThat(table.getElement().getTextRecursively())
                .contains("Тұрғын")
                .contains("in the course")
                .contains("booked");
        assertThat(sessions.bookedSeats(course.dates().getLast().id())).isEqualTo(1);
    }
}
