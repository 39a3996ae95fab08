package kz.sheber.schedule.ui;

import kz.sheber.base.ui.FormDialog;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SeriesOffer;

/** Staff change whether a planned series is offered as a course, and on which terms. */
class CourseTermsDialog extends FormDialog {

    CourseTermsDialog(PlanningService planning, SeriesOffer offer, Runnable afterSave) {
        setHeaderTitle(getTranslation("course.terms.heading"));
        CourseFields course = new CourseFields(offer.course());
        field("enrolUntil", course.enrolUntilField());
        form.add(course, 2);
        action(
                "action.save",
                "save-course",
                true,
                () -> planning.offerAsCourse(offer.seriesId(), offer.version(), course.terms()),
                "course.terms.saved",
                afterSave);
    }
}
