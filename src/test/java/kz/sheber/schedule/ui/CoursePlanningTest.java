package kz.sheber.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import kz.sheber.account.InstructorSummary;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.CourseTerms;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.TimetableService;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff offer a series as a course when they plan it, and change its terms later. */
class CoursePlanningTest extends KaribuTest {

    @Autowired
    TestCatalogue catalogue;

    @Autowired
    TestPeople people;

    @Autowired
    TimetableService schedule;

    @Autowired
    PlanningService planning;

    @Autowired
    CentreTime time;

    @Test
    void staff_plan_a_series_as_a_course_with_the_default_terms_then_allow_drop_ins() {
        PersonDetails admin = catalogue.signInAdmin();
        long instructorId = people.create(Roles.INSTRUCTOR).personId();
        RoomDetails room = catalogue.room(12);
        WorkshopDetails workshop = catalogue.workshop(instructorId);
        login(admin);
        open("admin/sessions", Languages.ENGLISH);
        _click(_get(Button.class, spec -> spec.withId("new-series")));

        LocalDate first = time.nowInCentre().toLocalDate().plusDays(3);
        this.<WorkshopDetails>combo("workshop")
                .setValue(find(this.<WorkshopDetails>combo("workshop"), w -> w.id() == workshop.id()));
        this.<RoomDetails>combo("room").setValue(find(this.<RoomDetails>combo("room"), r -> r.id() == room.id()));
        this.<InstructorSummary>combo("instructor")
                .setValue(find(this.<InstructorSummary>combo("instructor"), i -> i.id() == instructorId));
        _setValue(_get(IntegerField.class, spec -> spec.withId("capacity")), 8);
        @SuppressWarnings("unchecked")
        CheckboxGroup<DayOfWeek> weekdays = _get(CheckboxGroup.class, spec -> spec.withId("weekdays"));
        weekdays.setValue(Set.of(first.getDayOfWeek()));
        _setValue(_get(DatePicker.class, spec -> spec.withId("firstDate")), first);
        _setValue(_get(DatePicker.class, spec -> spec.withId("lastDate")), first.plusWeeks(5));
        _setValue(_get(TimePicker.class, spec -> spec.withId("startTime")), LocalTime.of(18, 0));
        _setValue(_get(Checkbox.class, spec -> spec.withId("course")), true);
        assertThat(_get(Checkbox.class, spec -> spec.withId("dropIn")).getValue())
                .isFalse();
        assertThat(_get(IntegerField.class, spec -> spec.withId("enrolUntil")).getValue())
                .isEqualTo(2);
        _click(_get(Button.class, spec -> spec.withId("save")));

        CourseSeries course = schedule.upcomingCourses(200).stream()
                .filter(c -> c.workshopId() == workshop.id())
                .findFirst()
                .orElseThrow();
        assertThat(course.dates()).hasSize(6);
        assertThat(course.capacity()).isEqualTo(8);
        assertThat(course.terms()).isEqualTo(CourseTerms.standard());

        new CourseTermsDialog(planning, planning.seriesOffer(course.seriesId()).orElseThrow(), () -> {}).open();
        _setValue(_get(Checkbox.class, spec -> spec.withId("dropIn")), true);
        _setValue(_get(IntegerField.class, spec -> spec.withId("enrolUntil")), 0);
        _click(_get(Button.class, spec -> spec.withId("save-course")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("enrolUntil")).isInvalid())
                .isTrue();
        assertThat(_get(IntegerField.class, spec -> spec.withId("enrolUntil")).getErrorMessage())
                .isEqualTo("Choose date 1 or later.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("enrolUntil")), 3);
        _click(_get(Button.class, spec -> spec.withId("save-course")));

        assertThat(schedule.course(course.seriesId()).orElseThrow().terms()).isEqualTo(new CourseTerms(true, 3));
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static <T> T find(ComboBox<T> box, java.util.function.Predicate<T> which) {
        return box.getListDataView().getItems().filter(which).findFirst().orElseThrow();
    }
}
