package kz.sheber.schedule.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import kz.sheber.schedule.CourseTerms;
import org.jspecify.annotations.Nullable;

/**
 * "Offer as a course", with its two terms shown only when ticked: drop-in bookings of single dates (default
 * no) and the date until whose start late enrolment is open (default the second).
 */
class CourseFields extends Composite<VerticalLayout> {

    private final Checkbox course = new Checkbox();
    private final Checkbox dropIn = new Checkbox();
    private final IntegerField enrolUntil = new IntegerField();

    CourseFields(@Nullable CourseTerms current) {
        course.setId("course");
        course.setLabel(getTranslation("course.terms.course"));
        dropIn.setId("dropIn");
        dropIn.setLabel(getTranslation("course.terms.dropIn"));
        enrolUntil.setId("enrolUntil");
        enrolUntil.setLabel(getTranslation("course.terms.enrolUntil"));
        enrolUntil.setHelperText(getTranslation("course.terms.enrolUntil.help"));
        enrolUntil.setMin(1);
        enrolUntil.setStepButtonsVisible(true);
        CourseTerms shown = current == null ? CourseTerms.standard() : current;
        course.setValue(current != null);
        dropIn.setValue(shown.dropIn());
        enrolUntil.setValue(shown.enrolUntilDate());
        course.addValueChangeListener(e -> showTerms());
        showTerms();
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(course, dropIn, enrolUntil);
    }

    IntegerField enrolUntilField() {
        return enrolUntil;
    }

    /** The terms ticked, or null for drop-in classes; an empty "until" reads as 0 and is refused by the service. */
    @Nullable
    CourseTerms terms() {
        if (!course.getValue()) {
            return null;
        }
        return new CourseTerms(dropIn.getValue(), enrolUntil.getValue() == null ? 0 : enrolUntil.getValue());
    }

    private void showTerms() {
        dropIn.setVisible(course.getValue());
        enrolUntil.setVisible(course.getValue());
    }
}
