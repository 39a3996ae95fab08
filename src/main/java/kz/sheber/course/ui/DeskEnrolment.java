package kz.sheber.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import kz.sheber.account.PersonSummary;
import kz.sheber.account.StaffService;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.Toolbar;
import kz.sheber.course.CourseService;
import kz.sheber.course.EnrolmentState;
import kz.sheber.course.MyEnrolment;

/** Staff enrol a resident who phoned or came to the desk, by name, email or phone, for every remaining date. */
class DeskEnrolment extends Div {

    DeskEnrolment(CourseService courses, StaffService staff, long seriesId, Runnable afterEnrol) {
        addClassName("sheber-no-print");
        setId("desk-enrolment");
        ComboBox<PersonSummary> person = new ComboBox<>(getTranslation("desk.search"));
        person.setId("desk-person");
        person.setItems(query -> staff.findPeople(query.getFilter().orElse(""), query.getLimit()).stream()
                .skip(query.getOffset()));
        person.setItemLabelGenerator(p -> getTranslation(
                "booking.line", p.fullName(), p.email() != null ? p.email() : p.phone() == null ? "" : p.phone()));
        person.setWidthFull();
        IntegerField seats = new IntegerField(getTranslation("booking.seats.label"));
        seats.setId("desk-seats");
        seats.setValue(1);
        seats.setMin(1);
        seats.setStepButtonsVisible(true);
        Checkbox wait = new Checkbox(getTranslation("course.desk.wait"));
        wait.setId("desk-wait");
        Button enrol = new Button(getTranslation("course.enrol"), e -> {
            try {
                if (person.getValue() == null) {
                    throw InvalidInput.form("course.desk.choose");
                }
                MyEnrolment done = courses.enrolAtDesk(
                        person.getValue().id(),
                        seriesId,
                        seats.getValue() == null ? 0 : seats.getValue(),
                        wait.getValue());
                Forms.success(
                        this,
                        done.state() == EnrolmentState.WAITING ? "course.done.waiting" : "course.desk.enrolled",
                        done.placeInLine());
                afterEnrol.run();
            } catch (InvalidInput problem) {
                Forms.error(this, problem.firstMessageKey());
            }
        });
        enrol.setId("desk-enrol");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("course.desk.title")), person, new Toolbar(seats, wait, enrol));
    }
}
