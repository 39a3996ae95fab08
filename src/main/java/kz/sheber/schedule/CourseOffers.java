package kz.sheber.schedule;

import com.vaadin.flow.component.Component;

/**
 * Courses shown as one offer each on the timetable and a workshop's page. The course feature provides it; the
 * schedule only asks, so it needs to know nothing about enrolments (and no cycle forms between the two).
 */
public interface CourseOffers {

    /** Every course with dates to come; an empty component when there is none. */
    Component all();

    /** One workshop's courses with dates to come; an empty component when there is none. */
    Component ofWorkshop(long workshopId);
}
